package io.cratecloud.client.regions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * Whether a region is reachable, such as {@code UP}. The constants name the values the API
 * documents; any other value the service sends is kept as it is.
 *
 * @param value the status as the API writes it
 */
public record RegionStatus(@JsonValue String value) {

	/** The region reports in. */
	public static final RegionStatus UP = new RegionStatus("UP");

	/** The region stopped reporting in. */
	public static final RegionStatus DOWN = new RegionStatus("DOWN");

	/** The region's state is not known, as before an edge region first reports in. */
	public static final RegionStatus UNKNOWN = new RegionStatus("UNKNOWN");

	/**
	 * Create a region status.
	 * @param value the status as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public RegionStatus {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
