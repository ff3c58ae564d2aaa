package io.cratecloud.client.organizations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The status of an organization file, such as {@code UPLOADED}. The constants name the
 * statuses the API documents; any other value the service sends is kept as it is.
 *
 * @param value the status as the API writes it
 */
public record FileStatus(@JsonValue String value) {

	/** The file is registered but its bytes have not arrived. */
	public static final FileStatus PENDING = new FileStatus("PENDING");

	/** The file's bytes have arrived. */
	public static final FileStatus UPLOADED = new FileStatus("UPLOADED");

	/**
	 * Create a file status.
	 * @param value the status as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public FileStatus {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
