package io.cratecloud.estate;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.cratecloud.client.estate.EstatePlan;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Plans the declared estate again every interval, on a daemon thread of its own that starts
 * and stops with the application context, and publishes an {@link EstateDriftEvent} when the
 * plan is not empty. It only plans (reads), never applies. A check that fails is logged and the
 * next one runs as planned. The first check runs one interval after start, so start-up sends
 * nothing for it.
 */
public class EstateDriftCheck implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EstateDriftCheck.class);

	private final DeclaredEstate estate;

	private final Duration interval;

	private final ApplicationEventPublisher publisher;

	private final AtomicLong checks = new AtomicLong();

	private final Object monitor = new Object();

	private @Nullable ScheduledExecutorService scheduler;

	/**
	 * Create the check.
	 * @param estate the declared estate to plan
	 * @param interval the time between the end of a check and the start of the next
	 * @param publisher where drift events go
	 */
	public EstateDriftCheck(DeclaredEstate estate, Duration interval, ApplicationEventPublisher publisher) {
		Assert.isTrue(!interval.isNegative() && !interval.isZero(), "interval must be positive");
		this.estate = estate;
		this.interval = interval;
		this.publisher = publisher;
	}

	@Override
	public void start() {
		synchronized (this.monitor) {
			if (this.scheduler != null) {
				return;
			}
			ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((work) -> {
				Thread thread = new Thread(work, "cratecloud-estate-drift");
				thread.setDaemon(true);
				return thread;
			});
			long nanos = this.interval.toNanos();
			scheduler.scheduleWithFixedDelay(this::checkQuietly, nanos, nanos, TimeUnit.NANOSECONDS);
			this.scheduler = scheduler;
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler;
		synchronized (this.monitor) {
			scheduler = this.scheduler;
			this.scheduler = null;
		}
		if (scheduler != null) {
			// A check in flight is interrupted: its result would outlive the context.
			scheduler.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.scheduler != null;
		}
	}

	/**
	 * Plan the estate now, keep the plan as the latest and publish an {@link EstateDriftEvent}
	 * if it is not empty.
	 * @return the plan
	 * @throws RuntimeException if the plan fails
	 */
	public EstatePlan check() {
		EstatePlan plan = this.estate.plan().plan();
		this.checks.incrementAndGet();
		if (!plan.isEmpty()) {
			logger.info("CrateDB Cloud estate of organization " + plan.organizationId() + " drifted from its "
					+ "declaration: " + plan.summary());
			this.publisher.publishEvent(new EstateDriftEvent(this.estate, plan));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("CrateDB Cloud estate of organization " + plan.organizationId() + ": " + plan.summary());
		}
		return plan;
	}

	/**
	 * How many checks have planned the estate, successfully, since the application started.
	 * @return the number of checks
	 */
	public long checks() {
		return this.checks.get();
	}

	/**
	 * The interval between checks.
	 * @return the interval
	 */
	public Duration interval() {
		return this.interval;
	}

	private void checkQuietly() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			if (!isRunning()) {
				// Stopped while it ran: the context is closing.
				return;
			}
			// The client's messages name the request and the service's answer, never a secret.
			logger.warn("Drift check of the CrateDB Cloud estate of organization "
					+ this.estate.estate().organizationId() + " failed, next one in " + this.interval + ": "
					+ ex.getMessage());
			if (logger.isDebugEnabled()) {
				logger.debug("Drift check failure", ex);
			}
		}
	}

}
