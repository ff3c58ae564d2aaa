package io.cratecloud.test;

import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstatePlan;

/**
 * Entry points of the AssertJ assertions on CrateDB Cloud's estate as code, beside AssertJ's
 * own {@code Assertions} (or imported statically, {@code assertThat}):
 * <pre class="code">
 * CrateCloudAssertions.assertThat(estate).hasNoDriftOn(client);
 * CrateCloudAssertions.assertThat(client.estate().plan(estate)).hasOnlyDrift(ChangeKind.SCALE);
 * </pre>
 * AssertJ is an optional dependency of this module: a project that tests has it through
 * {@code spring-boot-starter-test}.
 */
public final class CrateCloudAssertions {

	private CrateCloudAssertions() {
	}

	/**
	 * Assertions on a declared estate, planned with a client by each check.
	 * @param estate the estate
	 * @return the assertions
	 */
	public static EstateAssert assertThat(Estate estate) {
		return new EstateAssert(estate);
	}

	/**
	 * Assertions on a plan.
	 * @param plan the plan
	 * @return the assertions
	 */
	public static EstatePlanAssert assertThat(EstatePlan plan) {
		return new EstatePlanAssert(plan);
	}

}
