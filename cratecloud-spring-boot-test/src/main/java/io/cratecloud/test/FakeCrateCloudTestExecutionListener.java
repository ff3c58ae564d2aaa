package io.cratecloud.test;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the {@link FakeCrateCloud} of an
 * {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud} test after each test method,
 * or, with {@link AutoConfigureFakeCrateCloud#resetAfterEachTest() resetAfterEachTest = false},
 * clears its faults not shown yet: the fake lives as long as its cached application context,
 * and what one test left behind, a fault above all, must not reach the next test, maybe of
 * another class. Registered in {@code META-INF/spring.factories}.
 */
class FakeCrateCloudTestExecutionListener implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		AutoConfigureFakeCrateCloud annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureFakeCrateCloud.class);
		if (annotation == null || !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.containsBean(FakeCrateCloudContextCustomizer.BEAN_NAME)
				&& context.getBean(FakeCrateCloudContextCustomizer.BEAN_NAME) instanceof FakeCrateCloud fake) {
			if (annotation.resetAfterEachTest()) {
				fake.reset();
			}
			else {
				fake.clearFaults();
			}
		}
	}

}
