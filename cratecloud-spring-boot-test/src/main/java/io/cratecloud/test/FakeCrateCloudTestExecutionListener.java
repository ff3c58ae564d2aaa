package io.cratecloud.test;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Clears the faults of the {@link FakeCrateCloud} of an
 * {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud} test after each test method:
 * the fake lives as long as its cached application context, and a fault one test injected and
 * never triggered must not hit the next test, maybe of another class. Registered in
 * {@code META-INF/spring.factories}.
 */
class FakeCrateCloudTestExecutionListener implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureFakeCrateCloud.class)
				|| !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.containsBean(FakeCrateCloudContextCustomizer.BEAN_NAME)
				&& context.getBean(FakeCrateCloudContextCustomizer.BEAN_NAME) instanceof FakeCrateCloud fake) {
			fake.clearFaults();
		}
	}

}
