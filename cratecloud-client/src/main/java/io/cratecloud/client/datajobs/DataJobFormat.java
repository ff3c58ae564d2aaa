package io.cratecloud.client.datajobs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The format of the data an import job reads or an export job writes, such as
 * {@code csv}. The constants name the formats the service knows; any other value it sends
 * is kept as it is.
 *
 * @param value the format as the API writes it
 */
public record DataJobFormat(@JsonValue String value) {

	/** Comma-separated values with a header line. */
	public static final DataJobFormat CSV = new DataJobFormat("csv");

	/** JSON documents. */
	public static final DataJobFormat JSON = new DataJobFormat("json");

	/** Apache Parquet. */
	public static final DataJobFormat PARQUET = new DataJobFormat("parquet");

	/**
	 * Create a data format.
	 * @param value the format as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DataJobFormat {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
