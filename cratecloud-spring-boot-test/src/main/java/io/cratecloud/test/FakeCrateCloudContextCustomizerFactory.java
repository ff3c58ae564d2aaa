package io.cratecloud.test;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates a {@link FakeCrateCloudContextCustomizer} for test classes annotated with
 * {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud} (on the class, a superclass
 * or an enclosing class of a {@code @Nested} one). Registered in {@code META-INF/spring.factories}.
 */
class FakeCrateCloudContextCustomizerFactory implements ContextCustomizerFactory {


	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureFakeCrateCloud annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureFakeCrateCloud.class);
		if (annotation == null) {
			return null;
		}
		return new FakeCrateCloudContextCustomizer(duration(annotation.operationStep(), "operationStep"),
				annotation.manualClock(), annotation.unauthenticatedResponse(),
				duration(annotation.pollInterval(), "pollInterval"), annotation.userEmail(),
				textOrNull(annotation.apiKey()), textOrNull(annotation.apiSecret()), annotation.resetAfterEachTest());
	}

	static Duration duration(String value, String attribute) {
		return FakeDurations.parse(value, "@AutoConfigureFakeCrateCloud(" + attribute + " = \"" + value + "\")");
	}

	private static @Nullable String textOrNull(String value) {
		return value.isBlank() ? null : value;
	}

}
