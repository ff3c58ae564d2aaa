package io.cratecloud.autoconfigure;

import java.time.Duration;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The one way the starter's {@code @ConfigurationProperties} check their values, once they
 * are bound: a value that breaks a rule fails start-up with Boot's
 * {@link InvalidConfigurationPropertyValueException}, which names the property and the fix,
 * through Boot's own failure analysis. Where the client has a rule for a value, the client's
 * rule decides.
 */
public final class PropertyChecks {

	private PropertyChecks() {
	}

	/**
	 * Check a value by a rule of the client: a setter of one of its builders, which refuses
	 * a value with an {@link IllegalArgumentException}.
	 * @param <T> the value's type
	 * @param property the property's name, such as {@code cratecloud.base-url}
	 * @param value the value, or {@code null} if the property is not set
	 * @param rule the setter that checks it
	 * @throws InvalidConfigurationPropertyValueException if the rule refuses the value
	 */
	public static <T> void check(String property, @Nullable T value, Consumer<T> rule) {
		if (value == null) {
			return;
		}
		try {
			rule.accept(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value, ex.getMessage());
		}
	}

	/**
	 * Check that a duration, if set, is positive.
	 * @param property the property's name
	 * @param value the duration, or {@code null} if the property is not set
	 * @throws InvalidConfigurationPropertyValueException if it is zero or negative
	 */
	public static void positive(String property, @Nullable Duration value) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new InvalidConfigurationPropertyValueException(property, value,
					"it must be positive: use a duration such as 5s, or remove the property to use the default");
		}
	}

	/**
	 * Check that a text is no placeholder left unresolved, such as {@code ${CRATECLOUD_APIKEY}}
	 * when that variable is not set: Boot binds such a placeholder as it is.
	 * @param property the property's name
	 * @param value the value, or {@code null} if the property is not set
	 * @throws InvalidConfigurationPropertyValueException if it is one, naming what it waits for
	 */
	public static void resolved(String property, @Nullable String value) {
		String variable = unresolvedPlaceholder(value);
		if (variable != null) {
			throw new InvalidConfigurationPropertyValueException(property, value, "it is a placeholder nothing "
					+ "resolves: no property or environment variable " + variable + " is set. Set it, or set '"
					+ property + "' itself");
		}
	}

	/**
	 * The name an unresolved placeholder in a text waits for.
	 * @param value the text
	 * @return the name in the first {@code ${...}} of the text, or {@code null} if it has none
	 */
	static @Nullable String unresolvedPlaceholder(@Nullable String value) {
		if (value == null) {
			return null;
		}
		int start = value.indexOf("${");
		int end = (start >= 0) ? value.indexOf('}', start) : -1;
		if (end < 0) {
			return null;
		}
		String name = value.substring(start + 2, end);
		int fallback = name.indexOf(':');
		return (fallback >= 0) ? name.substring(0, fallback) : name;
	}

	/**
	 * Check a condition that no rule of the client covers.
	 * @param property the property's name
	 * @param value the value
	 * @param condition whether the value is fine
	 * @param reason why it is not, and the fix, for the message
	 * @throws InvalidConfigurationPropertyValueException if the condition is false
	 */
	public static void require(String property, @Nullable Object value, boolean condition, String reason) {
		if (!condition) {
			throw new InvalidConfigurationPropertyValueException(property, value, reason);
		}
	}

}
