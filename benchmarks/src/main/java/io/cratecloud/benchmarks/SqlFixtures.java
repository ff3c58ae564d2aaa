package io.cratecloud.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What SQL over a cluster's HTTP endpoint exchanges in the benchmarks: one cluster, its JSON
 * Web Token, the two statements measured and CrateDB's answers to them ({@code POST /_sql?types}:
 * {@code cols}, {@code col_types}, {@code rows}, {@code rowcount}, {@code duration}). The rows
 * have the column types a sensor table has (text, double, a timestamp as epoch milliseconds, a
 * bigint, an array of text and a nested object) and values that differ from one row to the
 * next.
 */
public final class SqlFixtures {

	/** The cluster SQL runs on. */
	public static final String CLUSTER_ID = "5c1a7e2d-3b4f-4a6e-9d8c-7f0e1a2b3c4d";

	/** The cluster's token, shaped like a JWT. */
	public static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJiZW5jaCIsImF1ZCI6InNxbCJ9.YmVuY2gtc2lnbmF0dXJl";

	/** The token that renews {@link #TOKEN}. */
	public static final String REFRESH = "eyJhbGciOiJSUzI1NiJ9.eyJ0b2tlbl91c2UiOiJyZWZyZXNoIn0.YmVuY2gtcmVmcmVzaA";

	/** The one-row query: a sensor's latest reading. */
	public static final String SELECT_ONE = "SELECT sensor_id, temperature, taken_at, reading_count, tags, location "
			+ "FROM doc.sensor_readings WHERE sensor_id = ? ORDER BY taken_at DESC LIMIT 1";

	/** The parameters of {@link #SELECT_ONE}. */
	public static final List<Object> SELECT_ONE_ARGS = List.of("s-0042");

	/** The 1,000-row query: the latest readings. */
	public static final String SELECT_MANY = "SELECT sensor_id, temperature, taken_at, reading_count, tags, location "
			+ "FROM doc.sensor_readings ORDER BY taken_at DESC LIMIT ?";

	/** The parameters of {@link #SELECT_MANY}. */
	public static final List<Object> SELECT_MANY_ARGS = List.of(1000);

	/** How many rows {@link #SELECT_MANY} answers. */
	public static final int MANY = 1000;

	/** The columns of both queries. */
	public static final List<String> COLUMNS = List.of("sensor_id", "temperature", "taken_at", "reading_count", "tags",
			"location");

	private static final List<Object> COLUMN_TYPES = List.of(4, 6, 11, 10, List.of(100, 4), 12);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long NEWEST = Instant.parse("2026-07-10T10:41:02.983Z").toEpochMilli();

	private static final String[] TAGS = { "roof", "north", "calibrated", "indoor", "battery-low", "outdoor", "v2" };

	private static final String[] SITES = { "berlin-plant-3", "dornbirn-lab", "vienna-dc-1", "graz-warehouse",
			"linz-office" };

	private SqlFixtures() {
	}

	/**
	 * The body of {@code GET /api/v2/clusters/{cluster_id}/} for {@link #CLUSTER_ID}: a
	 * running cluster whose {@code url} is the given one.
	 * @param url where the cluster's SQL endpoint is, such as {@code http://127.0.0.1:<port>}
	 * @return a JSON object of the cluster
	 */
	@SuppressWarnings("unchecked")
	public static byte[] cluster(String url) {
		Map<String, Object> cluster = (Map<String, Object>) JSON.readValue(ApiFixtures.clusters(1), List.class).get(0);
		cluster.put("id", CLUSTER_ID);
		cluster.put("name", "sensor-data");
		cluster.put("url", url);
		return JSON.writeValueAsBytes(cluster);
	}

	/**
	 * The body of {@code GET /api/v2/clusters/{cluster_id}/jwt/}.
	 * @param expiry when the token expires
	 * @return a JSON object with {@code token}, {@code refresh} and {@code expiry}
	 */
	public static byte[] jwt(Instant expiry) {
		Map<String, Object> jwt = new LinkedHashMap<>();
		jwt.put("token", TOKEN);
		jwt.put("refresh", REFRESH);
		jwt.put("expiry", expiry.toString());
		return JSON.writeValueAsBytes(jwt);
	}

	/**
	 * CrateDB's answer to a query of the sensor table.
	 * @param rows how many rows it holds
	 * @return the body of the answer
	 */
	public static byte[] answer(int rows) {
		List<Object> values = new ArrayList<>(rows);
		for (int i = 0; i < rows; i++) {
			values.add(row(i));
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("cols", COLUMNS);
		answer.put("col_types", COLUMN_TYPES);
		answer.put("rows", values);
		answer.put("rowcount", rows);
		answer.put("duration", 0.5 + rows * 0.0173);
		return JSON.writeValueAsBytes(answer);
	}

	/**
	 * CrateDB's answer to a statement it refuses.
	 * @param message the error's message
	 * @param code CrateDB's error code
	 * @return the body of the answer
	 */
	public static byte[] error(String message, int code) {
		return JSON.writeValueAsBytes(Map.of("error", Map.of("message", message, "code", code)));
	}

	private static List<Object> row(int i) {
		List<String> tags = new ArrayList<>();
		for (int t = 0; t < 1 + i % 3; t++) {
			tags.add(TAGS[(i + 3 * t) % TAGS.length]);
		}
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("site", SITES[i % SITES.length]);
		location.put("floor", i % 7);
		location.put("latitude", 47.0 + (i % 500) * 0.0131);
		location.put("longitude", 9.5 + (i % 700) * 0.0097);
		return List.of(String.format("s-%04d", (i * 37) % 10_000), 15.25 + ((i * 7919) % 2000) / 100.0,
				NEWEST - i * 60_000L - (i % 13) * 17L, 3_000_000_000L + i * 7_919L, tags, location);
	}

	/**
	 * A row of the sensor table read into a record, as an application maps it.
	 *
	 * @param sensorId the sensor
	 * @param temperature the temperature read
	 * @param takenAt when it was read
	 * @param readingCount how many readings the sensor has sent
	 * @param tags the sensor's tags
	 * @param location where the sensor is
	 */
	public record Reading(String sensorId, double temperature, Instant takenAt, long readingCount, List<String> tags,
			Location location) {

		/**
		 * Map a row by hand, by the columns' positions ({@link #COLUMNS}), as a hand-written
		 * client would.
		 * @param row the row's values as Jackson reads them
		 * @return the reading
		 */
		@SuppressWarnings("unchecked")
		public static Reading of(List<@Nullable Object> row) {
			Map<String, Object> location = (Map<String, Object>) row.get(5);
			return new Reading((String) row.get(0), ((Number) row.get(1)).doubleValue(),
					Instant.ofEpochMilli(((Number) row.get(2)).longValue()), ((Number) row.get(3)).longValue(),
					(List<String>) row.get(4),
					new Location((String) location.get("site"), ((Number) location.get("floor")).intValue(),
							((Number) location.get("latitude")).doubleValue(),
							((Number) location.get("longitude")).doubleValue()));
		}

	}

	/**
	 * The nested object of a reading.
	 *
	 * @param site the site
	 * @param floor the floor
	 * @param latitude the latitude
	 * @param longitude the longitude
	 */
	public record Location(String site, int floor, double latitude, double longitude) {
	}

}
