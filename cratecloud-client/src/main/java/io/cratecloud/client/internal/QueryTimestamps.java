package io.cratecloud.client.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Writes instants as the cluster endpoints' time filters expect them.
 */
final class QueryTimestamps {

	private QueryTimestamps() {
	}

	/**
	 * Format an instant for a query parameter.
	 * @param instant the instant, or {@code null}
	 * @return the instant as {@code 2021-11-16T13:00:00Z}, or {@code null}
	 */
	static @Nullable String format(@Nullable Instant instant) {
		// The document gives the format to the second, without fractions.
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS))
				: null;
	}

}
