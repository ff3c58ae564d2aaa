package io.cratecloud.client.projects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The kind of a project's custom backup location, such as {@code s3}. The constants name
 * the kinds the API documents; any other value the service sends is kept as it is.
 *
 * @param value the kind as the API writes it
 */
public record BackupLocationType(@JsonValue String value) {

	/** An S3-compatible bucket. */
	public static final BackupLocationType S3 = new BackupLocationType("s3");

	/**
	 * Create a backup location kind.
	 * @param value the kind as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public BackupLocationType {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
