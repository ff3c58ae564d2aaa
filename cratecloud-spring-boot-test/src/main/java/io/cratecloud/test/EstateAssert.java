package io.cratecloud.test;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstatePlan;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a declared {@link Estate}: planned against an organization with a
 * client, the estate must match what exists, as a test or a scheduled check of "the estate as
 * code" wants: {@code CrateCloudAssertions.assertThat(estate).hasNoDriftOn(client)}. Each check plans the estate ({@link io.cratecloud.client.estate.EstateClient#plan(Estate)}),
 * which sends reads only. A failure shows the plan as {@link EstatePlan#render()} renders it,
 * one line per change, which never holds a password.
 */
public class EstateAssert extends AbstractAssert<EstateAssert, Estate> {

	/**
	 * Create assertions on an estate.
	 * @param actual the declared estate
	 */
	public EstateAssert(Estate actual) {
		super(actual, EstateAssert.class);
	}

	/**
	 * Verify that the organization's estate matches the declaration: its plan has no change,
	 * blocked ones included.
	 * @param client the client to plan with
	 * @return this assertion
	 * @throws io.cratecloud.client.estate.EstateValidationException if the declaration names
	 * what the service does not offer, as planning does
	 */
	public EstateAssert hasNoDriftOn(CrateCloudClient client) {
		planOn(client).hasNoDrift();
		return this;
	}

	/**
	 * Verify that the organization's estate differs from the declaration, and continue with
	 * assertions on the plan, such as {@link EstatePlanAssert#hasOnlyDrift}.
	 * @param client the client to plan with
	 * @return assertions on the plan
	 */
	public EstatePlanAssert hasDriftOn(CrateCloudClient client) {
		return planOn(client).hasDrift();
	}

	/**
	 * Plan the estate and continue with assertions on the plan.
	 * @param client the client to plan with
	 * @return assertions on the plan
	 */
	public EstatePlanAssert planOn(CrateCloudClient client) {
		isNotNull();
		if (client == null) {
			throw new IllegalArgumentException("client must not be null");
		}
		EstatePlan plan = client.estate().plan(this.actual);
		EstatePlanAssert assertion = new EstatePlanAssert(plan);
		String description = this.info.descriptionText();
		return (description != null && !description.isEmpty()) ? assertion.as(this.info.description()) : assertion;
	}

}
