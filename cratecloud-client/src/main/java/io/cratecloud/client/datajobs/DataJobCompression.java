package io.cratecloud.client.datajobs;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * How the data of an import or export job is compressed, such as {@code gzip}. The
 * constants name the compressions the service knows; any other value it sends is kept as
 * it is.
 *
 * @param value the compression as the API writes it
 */
public record DataJobCompression(@JsonValue String value) {

	/** Compressed with gzip. */
	public static final DataJobCompression GZIP = new DataJobCompression("gzip");

	/** Not compressed: the service's default for imports. */
	public static final DataJobCompression NONE = new DataJobCompression("none");

	/**
	 * The document's pattern for a compression and for an export's format: a word that may
	 * go on with word characters, hyphens and spaces.
	 */
	static final Pattern PATTERN = Pattern.compile("^\\w[\\w\\- ]*$");

	/** {@link #PATTERN} in words, for messages. */
	static final String PATTERN_DESCRIPTION = "a letter, digit or '_' followed by those, '-' and spaces";

	/**
	 * Create a data compression.
	 * @param value the compression as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DataJobCompression {
		Arguments.required(value, "value");
	}

	/**
	 * Check a compression a request is about to carry.
	 * @param compression the compression
	 * @return the compression
	 * @throws IllegalArgumentException if it is missing or does not match the document's
	 * pattern
	 */
	static DataJobCompression check(@Nullable DataJobCompression compression) {
		Arguments.required(compression, "compression");
		Arguments.matches(compression.value(), "compression", PATTERN, PATTERN_DESCRIPTION);
		return compression;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
