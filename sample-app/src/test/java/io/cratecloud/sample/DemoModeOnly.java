package io.cratecloud.sample;

import org.junit.jupiter.api.Assumptions;

/**
 * Keeps the tests that run the sample in demo mode, and change clusters there, away from a
 * real account.
 */
final class DemoModeOnly {

	private DemoModeOnly() {
	}

	/**
	 * Abort the calling test class when the machine has CrateDB Cloud credentials in its
	 * environment: the sample would then talk to that account instead of the built-in fake.
	 * Call it from a {@code @BeforeAll} method, which runs before the application starts.
	 */
	static void assumeNoApiKeyInEnvironment() {
		boolean keyInEnvironment = System.getenv("CRATECLOUD_APIKEY") != null
				|| System.getenv("CRATECLOUD_API_KEY") != null;
		Assumptions.assumeFalse(keyInEnvironment,
				"CRATECLOUD_APIKEY is set: this test runs the sample in demo mode and must never reach a real "
						+ "account; unset it to run the test");
	}

}
