package io.cratecloud.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.sql.CrateDbSql;
import io.cratecloud.client.sql.CrateDbSqlException;
import io.cratecloud.client.sql.SqlResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The client's SQL over HTTP against the fake, end to end: the fake issues the cluster's
 * tokens on its manual clock and runs the statements on a real PostgreSQL server. The token's
 * life as a user's application lives it: first use, the cluster refusing an expired token
 * (renewed with the refresh token, the statement sent again), an expired refresh token (a new
 * token fetched instead).
 */
class CrateDbSqlOnTheFakeTests {

	@RegisterExtension
	static final LocalPostgres postgres = new LocalPostgres();

	private static final String SQL = "/_clusters/{cluster_id}/_sql";

	private static final String JWT = "/api/v2/clusters/{cluster_id}/jwt/";

	private static final String REFRESH = "/api/v2/meta/jwt/refresh/";

	private final FakeCrateCloud fake = FakeCrateCloud.builder().manualClock(Instant.parse("2026-07-10T10:00:00Z")).start();

	private final CrateCloudClient client = CrateCloudClient.builder()
		.baseUrl(this.fake.baseUrl())
		.credentials(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()))
		.build();

	private final SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");

	private final String sensors = this.analytics.cluster("sensors")
		.sqlEndpoint(LocalPostgres.HOST, postgres.port())
		.username(LocalPostgres.USER)
		.sqlPassword(postgres.password())
		.create();

	@BeforeEach
	void readings() throws SQLException {
		try (Connection connection = DriverManager.getConnection(
				"jdbc:postgresql://" + LocalPostgres.HOST + ":" + postgres.port() + "/doc", LocalPostgres.USER,
				postgres.password()); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists doc cascade");
			statement.execute("create schema doc");
			statement.execute("create table doc.readings (sensor_id text primary key, temperature double precision, "
					+ "taken_at timestamptz)");
			statement.execute("insert into doc.readings values ('s-1', 21.5, '2026-07-10T09:00:00Z'), "
					+ "('s-2', 19.0, null)");
		}
		this.fake.clearRequests();
	}

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void queriesUpdatesAndBulkUpdatesRunOnTheClustersDatabase() {
		CrateDbSql sql = this.client.clusters().sql(this.sensors);

		List<Reading> readings = sql.sql("SELECT sensor_id, temperature, taken_at FROM readings ORDER BY sensor_id")
			.query(Reading.class)
			.list();
		long updated = sql.sql("UPDATE readings SET temperature = temperature + ? WHERE sensor_id = ?")
			.params(1.0, "s-2")
			.update();
		long[] inserted = sql.sql("INSERT INTO readings (sensor_id, temperature) VALUES (?, ?)")
			.bulkUpdate(List.of(List.of("s-3", 18.0), List.of("s-1", 0.0), List.of("s-4", 17.5)));
		long count = sql.sql("SELECT count(*) AS n FROM readings").query(Long.class).single();
		SqlResult result = sql.sql("SELECT temperature FROM readings WHERE sensor_id = $1").param("s-2").query();

		assertThat(readings).containsExactly(new Reading("s-1", 21.5, Instant.parse("2026-07-10T09:00:00Z")),
				new Reading("s-2", 19.0, null));
		assertThat(updated).isEqualTo(1);
		// The second set hits the primary key: CrateDB marks it -2 and runs the others.
		assertThat(inserted).containsExactly(1, -2, 1);
		assertThat(count).isEqualTo(4);
		assertThat(result.columnTypes()).extracting((type) -> type.name()).containsExactly("double precision");
		assertThat(result.rows()).containsExactly(List.of(20.0));
	}

	@Test
	void theTokenIsFetchedOnceRenewedWhenTheClusterRefusesItAndFetchedAnewWhenItsRefreshTokenExpired() {
		CrateDbSql sql = this.client.clusters().sql(this.sensors);

		sql.sql("SELECT 1").query();
		sql.sql("SELECT 1").query();
		this.fake.verify(RequestCount.exactly(1), "GET", JWT);
		this.fake.verify(RequestCount.exactly(2), "POST", SQL);

		// The fake's clock, not this machine's, says the token expired: the cluster refuses it,
		// the client renews it with the refresh token and sends the statement again.
		this.fake.advance(Duration.ofHours(2));
		this.fake.clearRequests();
		assertThat(sql.sql("SELECT count(*) FROM readings").query(Long.class).single()).isEqualTo(2);
		assertThat(this.fake.requests()).extracting((exchange) -> exchange.method() + " " + exchange.template()
				+ " " + exchange.status())
			.containsExactly("POST " + SQL + " 401", "POST " + REFRESH + " 200", "POST " + SQL + " 200");

		// A month on, the refresh token has expired too: a new token is fetched with the API key.
		this.fake.advance(Duration.ofDays(31));
		this.fake.clearRequests();
		sql.sql("SELECT 1").query();
		assertThat(this.fake.requests()).extracting((exchange) -> exchange.method() + " " + exchange.template()
				+ " " + exchange.status())
			.containsExactly("POST " + SQL + " 401", "POST " + REFRESH + " 403",
					"GET /api/v2/clusters/{cluster_id}/ 200", "GET " + JWT + " 200", "POST " + SQL + " 200");
		// No token in the journal's headers, and never the API key on the cluster's endpoint.
		assertThat(this.fake.requests("POST", SQL)).allSatisfy(
				(exchange) -> assertThat(exchange.requestHeader("Authorization")).isEqualTo("Bearer ****"));
	}

	@Test
	void crateDbsErrorsComeBackTyped() {
		CrateDbSql sql = this.client.clusters().sql(this.sensors);

		assertThatExceptionOfType(CrateDbSqlException.class)
			.isThrownBy(() -> sql.sql("SELECT * FROM nowhere").query())
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(4041);
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getMessage()).contains("RelationUnknown", "statement: SELECT * FROM nowhere");
			});
		assertThatExceptionOfType(CrateDbSqlException.class)
			.isThrownBy(() -> sql.sql("INSERT INTO readings (sensor_id) VALUES (?)").param("s-1").update())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(4091));
	}

	@Test
	void aSuspendedClusterIsReportedBeforeAnyStatement() {
		String archive = this.analytics.cluster("archive").suspended().create();
		this.fake.clearRequests();

		assertThatExceptionOfType(CrateCloudException.class)
			.isThrownBy(() -> this.client.clusters().sql(archive).sql("SELECT 1").query())
			.withMessageContaining("is suspended")
			.withMessageContaining("resume");
		this.fake.verify(RequestCount.never(), "POST", SQL);
	}

	record Reading(String sensorId, double temperature, Instant takenAt) {
	}

}
