package io.cratecloud.autoconfigure.estate;

import java.time.Duration;

import io.cratecloud.autoconfigure.estate.CrateCloudEstateProperties.Mode;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.estate.ChangeOutcome;
import io.cratecloud.client.estate.ChangeStatus;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.client.estate.EstateReport;
import io.cratecloud.client.estate.PlannedChange;
import io.cratecloud.client.estate.UnmanagedResource;
import io.cratecloud.estate.DeclaredEstate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * The start-up step of {@code cratecloud.estate.mode}, run when the bean is initialized so that
 * start-up waits for it and fails with it, as Boot's Flyway initializer does: {@code plan}
 * plans the estate (reads only) and logs the plan, one line per change; {@code apply} applies
 * it, waits until it is done or {@code cratecloud.estate.apply-timeout} has passed, and logs
 * what became of each change. A declaration the service cannot plan fails start-up with an
 * {@link io.cratecloud.client.estate.EstateValidationException} before any change is sent; a
 * change that fails, with an {@link io.cratecloud.client.estate.EstateApplyException} whose
 * report names it. Nothing logged holds a password.
 */
public class CrateCloudEstateInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(CrateCloudEstateInitializer.class);

	/**
	 * How much longer than the apply's own timeout start-up waits for its report: when the
	 * timeout passes, the apply stops waiting for its changes and reports them, which takes
	 * up to one call.
	 */
	private static final Duration REPORT_GRACE = Duration.ofMinutes(1);

	private final DeclaredEstate estate;

	private final Mode mode;

	private final Duration applyTimeout;

	/**
	 * Create the start-up step.
	 * @param estate the declared estate
	 * @param mode what to do; {@link Mode#OFF} does nothing
	 * @param applyTimeout how long an apply may take
	 */
	public CrateCloudEstateInitializer(DeclaredEstate estate, Mode mode, Duration applyTimeout) {
		this.estate = estate;
		this.mode = mode;
		this.applyTimeout = applyTimeout;
	}

	@Override
	public void afterPropertiesSet() {
		switch (this.mode) {
			case PLAN -> plan();
			case APPLY -> apply();
			case OFF -> {
			}
		}
	}

	private void plan() {
		EstatePlan plan = this.estate.plan().plan();
		logger.info("Plan of the CrateDB Cloud estate of organization " + plan.organizationId()
				+ " (cratecloud.estate.mode=plan, nothing is changed):");
		for (PlannedChange change : plan.changes()) {
			logger.info("  " + change.describe());
		}
		for (UnmanagedResource resource : plan.unmanaged()) {
			logger.info(resource.describe());
		}
		logger.info(plan.summary());
	}

	private void apply() {
		String organization = this.estate.estate().organizationId();
		logger.info("Applying the CrateDB Cloud estate of organization " + organization + " ("
				+ this.estate.estate().clusterCount() + " clusters declared, within " + this.applyTimeout + ")");
		EstateReport report = this.estate.client()
			.apply(this.estate.estate())
			.await(this.applyTimeout.plus(REPORT_GRACE), CrateCloudEstateInitializer::progress);
		for (ChangeOutcome outcome : report.outcomes()) {
			if (outcome.status() == ChangeStatus.BLOCKED) {
				logger.warn("  " + outcome.describe());
			}
			else {
				logger.info("  " + outcome.describe());
			}
		}
		EstatePlan before = report.plan();
		// What is left: the blocked changes, never attempted. Saves planning again.
		EstatePlan left = new EstatePlan(before.organizationId(), before.blocked(), before.unmanaged());
		this.estate.remember(left);
		logger.info(report.render().lines().reduce((first, last) -> last).orElse("") + " " + left.summary());
	}

	private static void progress(OperationProgress progress) {
		if (logger.isDebugEnabled() && progress.message() != null) {
			logger.debug("Estate apply: " + progress.message());
		}
	}

}
