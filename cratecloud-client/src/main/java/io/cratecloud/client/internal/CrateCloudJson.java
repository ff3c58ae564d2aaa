package io.cratecloud.client.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The client's own JSON mapping, kept apart from the application's so that global Jackson
 * settings change nothing the client sends or reads.
 * <p>
 * Property names are snake_case, unknown properties are ignored, a single object is read as
 * a list of one where a list is expected, {@code null} values are left out of request bodies, and timestamps are read in every form the service sends:
 * with an offset, with {@code Z}, without an offset (meaning UTC) and as {@code ""}.
 */
public final class CrateCloudJson {

	private CrateCloudJson() {
	}

	/**
	 * Create the mapper the client uses.
	 * @return a new mapper
	 */
	public static JsonMapper createMapper() {
		SimpleModule timestamps = new SimpleModule("cratecloud-timestamps");
		timestamps.addDeserializer(Instant.class, new LenientInstantDeserializer());
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.addModule(timestamps)
			.build();
	}

	/**
	 * Parse a timestamp the way the service writes them.
	 * @param text the timestamp text
	 * @return the instant, or {@code null} for blank text
	 * @throws DateTimeParseException if the text is no timestamp
	 */
	public static @Nullable Instant parseTimestamp(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		try {
			return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			// Health timestamps come without an offset and mean UTC.
			return LocalDateTime.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
		}
	}

	private static final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

		@Override
		public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
				return Instant.ofEpochSecond(parser.getLongValue());
			}
			String text = parser.getValueAsString();
			try {
				return parseTimestamp(text);
			}
			catch (DateTimeParseException ex) {
				return (Instant) context.handleWeirdStringValue(Instant.class, text, "not a timestamp: %s",
						ex.getMessage());
			}
		}

	}

}
