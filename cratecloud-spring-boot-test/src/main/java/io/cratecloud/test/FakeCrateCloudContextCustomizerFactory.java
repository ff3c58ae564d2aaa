package io.cratecloud.test;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern SIMPLE_DURATION = Pattern.compile("^(\\d+)(ms|s|m|h|d)?$");

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

	/**
	 * Reads a duration the way Spring Boot reads one in properties: {@code 250ms}, {@code 2s},
	 * {@code 1m}, {@code 1h}, {@code 1d}, a number of milliseconds, or ISO-8601.
	 */
	static Duration duration(String value, String attribute) {
		String trimmed = value.trim().toLowerCase(Locale.ROOT);
		Matcher simple = SIMPLE_DURATION.matcher(trimmed);
		if (simple.matches()) {
			long amount = Long.parseLong(simple.group(1));
			String unit = (simple.group(2) != null) ? simple.group(2) : "ms";
			return switch (unit) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				case "d" -> Duration.ofDays(amount);
				default -> Duration.ofMillis(amount);
			};
		}
		try {
			Duration parsed = Duration.parse(value.trim());
			if (!parsed.isNegative()) {
				return parsed;
			}
		}
		catch (DateTimeParseException ex) {
			// Reported below, with the forms that are understood.
		}
		throw new IllegalArgumentException("@AutoConfigureFakeCrateCloud(" + attribute + " = \"" + value
				+ "\") is not a duration; write it as 250ms, 2s, 1m or in ISO-8601 (PT0.25S)");
	}

	private static @Nullable String textOrNull(String value) {
		return value.isBlank() ? null : value;
	}

}
