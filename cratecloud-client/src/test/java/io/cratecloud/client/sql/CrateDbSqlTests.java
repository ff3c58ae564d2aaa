package io.cratecloud.client.sql;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.util.unit.DataSize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * SQL over a cluster's HTTP endpoint with the cluster's token, against two real sockets: the
 * API (validated against the document) and the cluster, as the service has them.
 */
class CrateDbSqlTests {

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmaXJzdCJ9.c2lnbmF0dXJlLWZpcnN0";

	private static final String RENEWED_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZW5ld2VkIn0.c2lnbmF0dXJlLXJlbmV3ZWQ";

	private static final String FETCHED_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmZXRjaGVkIn0.c2lnbmF0dXJlLWZldGNoZWQ";

	private static final String REFRESH = "eyJhbGciOiJSUzI1NiJ9.eyJ0b2tlbl91c2UiOiJyZWZyZXNoIn0.cmVmcmVzaC0x";

	private static final String SQL = "/_sql?types";

	private static final String CLUSTER_PATH = "/api/v2/clusters/" + CLUSTER_ID + "/";

	private static final String JWT_PATH = CLUSTER_PATH + "jwt/";

	private static final String REFRESH_PATH = "/api/v2/meta/jwt/refresh/";

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final WireMockServer cluster = new WireMockServer(
			WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	@BeforeAll
	static void startCluster() {
		cluster.start();
	}

	@AfterAll
	static void stopCluster() {
		cluster.stop();
	}

	@BeforeEach
	void resetCluster() {
		cluster.resetAll();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aQuerySendsTheStatementAndItsParametersApartWithTheClustersToken(HttpLibrary library) {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(okJson("""
				{"cols": ["sensor", "temperature", "tags", "taken_at"], "col_types": [4, 6, [100, 4], 11],
				 "rows": [["s-1", 21.5, ["roof"], 1767225600000], ["s-2", 19.0, [], null]],
				 "rowcount": 2, "duration": 1.25}
				""")));
		CrateDbSql sql = library.builder(api.baseUrl()).build().clusters().sql(CLUSTER_ID);

		SqlResult result = sql.sql("SELECT sensor, temperature, tags, taken_at FROM readings WHERE sensor LIKE ? AND n > ?")
			.params("s-%", 3)
			.query();

		assertThat(result.columns()).containsExactly("sensor", "temperature", "tags", "taken_at");
		assertThat(result.columnTypes()).extracting(CrateDbType::name)
			.containsExactly("text", "double precision", "array(text)", "timestamp with time zone");
		assertThat(result.rows()).hasSize(2);
		assertThat(result.rows().get(0)).containsExactly("s-1", 21.5, List.of("roof"), 1767225600000L);
		assertThat(result.rowCount()).isEqualTo(2);
		assertThat(result.duration()).isEqualTo(Duration.ofNanos(1_250_000));
		assertThat(result.rows().get(result.columnIndex("sensor") + 1)).containsExactly("s-2", 19.0, List.of(), null);
		cluster.verify(1, postRequestedFor(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withRequestBody(equalToJson("""
					{"stmt": "SELECT sensor, temperature, tags, taken_at FROM readings WHERE sensor LIKE ? AND n > ?",
					 "args": ["s-%", 3]}
					""", false, false)));
		assertThat(cluster.getAllServeEvents().get(0).getRequest().getHeaders().keys())
			.doesNotContain("Cookie", "Default-Schema")
			.allSatisfy((name) -> assertThat(name).isNotEqualToIgnoringCase("x-region"));
		// The API's credentials never go to the cluster.
		assertThat(cluster.getAllServeEvents().get(0).getRequest().getHeader("Authorization")).doesNotStartWith("Basic");
	}

	@Test
	void rowsAreMappedToRecordsBySnakeCaseNamesAndToSimpleTypesFromOneColumn() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"SELECT readings\"}", true, true))
			.willReturn(okJson("""
					{"cols": ["sensor_id", "temperature", "taken_at", "extra"], "col_types": [4, 6, 11, 4],
					 "rows": [["s-1", 21.5, 1767225600000, "x"], ["s-2", 19.0, null, "y"]], "rowcount": 2, "duration": 1}
					""")));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"SELECT count\"}", true, true))
			.willReturn(okJson("""
					{"cols": ["count(*)"], "col_types": [10], "rows": [[42]], "rowcount": 1, "duration": 1}
					""")));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"SELECT none\"}", true, true))
			.willReturn(okJson("""
					{"cols": ["sensor_id"], "col_types": [4], "rows": [], "rowcount": 0, "duration": 1}
					""")));
		CrateDbSql sql = TestClients.client(api).clusters().sql(CLUSTER_ID);

		List<Reading> readings = sql.sql("SELECT readings").query(Reading.class).list();
		long count = sql.sql("SELECT count").query(Long.class).single();
		Optional<String> none = sql.sql("SELECT none").query(String.class).optional();
		List<Map> asMaps = sql.sql("SELECT readings").query(Map.class).list();

		assertThat(readings).containsExactly(new Reading("s-1", 21.5, Instant.parse("2026-01-01T00:00:00Z")),
				new Reading("s-2", 19.0, null));
		assertThat(count).isEqualTo(42);
		assertThat(none).isEmpty();
		assertThat(asMaps.get(0)).containsEntry("sensor_id", "s-1").containsEntry("extra", "x");
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> sql.sql("SELECT readings").query(Reading.class).single())
			.withMessageContaining("answered 2 rows where exactly one was expected");
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> sql.sql("SELECT none").query(String.class).single())
			.withMessageContaining("answered 0 rows where exactly one was expected");
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> sql.sql("SELECT readings").query(String.class).list())
			.withMessageContaining("answered 4 columns [sensor_id, temperature, taken_at, extra], but rows of String "
					+ "are read from one");
	}

	@Test
	void recordComponentsAreBoundFromTheirColumnsAndConvertedOnlyWhereNeeded() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"SELECT typed\"}", true, true))
			.willReturn(okJson("""
					{"cols": ["ID", "count", "ratio", "price", "tags", "taken_at", "missing_in_record", "flag", "place"],
					 "rows": [[7, 42, 1, 12.5, ["a", "b"], 1767225600000, "x", true, {"site": "roof", "floor_no": 3}],
					          [8, null, 0.5, null, [], null, null, null, null]]}
					""")));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"SELECT overflow\"}", true, true))
			.willReturn(okJson("{\"cols\": [\"id\", \"count\"], \"rows\": [[1, 9000000000]]}")));
		CrateDbSql sql = TestClients.client(api).clusters().sql(CLUSTER_ID);

		List<Typed> rows = sql.sql("SELECT typed").query(Typed.class).list();

		assertThat(rows).containsExactly(
				new Typed(7L, 42, 1.0, new java.math.BigDecimal("12.5"), List.of("a", "b"),
						Instant.parse("2026-01-01T00:00:00Z"), null, true, new Place("roof", 3)),
				new Typed(8L, 0, 0.5, null, List.of(), null, null, false, null));
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> sql.sql("SELECT overflow").query(Typed.class).list())
			.withMessageContaining("answered row 0 of columns [id, count] that cannot be read as")
			.withMessageContaining("(column count)")
			.withMessageNotContaining("9000000000");
	}

	record Typed(Long id, int count, double ratio, java.math.BigDecimal price, List<String> tags, Instant takenAt,
			String notAColumn, boolean flag, Place place) {
	}

	record Place(String site, int floorNo) {
	}

	@Test
	void updatesAndBulkUpdatesReturnCrateDbsRowCounts() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"UPDATE t SET a = ?\"}", true, true))
			.willReturn(okJson("{\"cols\": [], \"rowcount\": 7, \"duration\": 2.5}")));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("""
				{"stmt": "INSERT INTO t (a, b) VALUES (?, ?)", "bulk_args": [[1, "x"], [2, null], [1, "dup"]]}
				""")).willReturn(okJson("""
				{"cols": [], "duration": 4.0, "results": [{"rowcount": 1}, {"rowcount": 1}, {"rowcount": -2}]}
				""")));
		CrateDbSql sql = TestClients.client(api).clusters().sql(CLUSTER_ID);

		long updated = sql.sql("UPDATE t SET a = ?").param(null).update();
		long[] inserted = sql.sql("INSERT INTO t (a, b) VALUES (?, ?)")
			.bulkUpdate(List.of(List.of(1, "x"), java.util.Arrays.asList(2, null), List.of(1, "dup")));

		assertThat(updated).isEqualTo(7);
		assertThat(inserted).containsExactly(1, 1, -2);
		cluster.verify(postRequestedFor(urlEqualTo(SQL))
			.withRequestBody(equalToJson("{\"stmt\": \"UPDATE t SET a = ?\", \"args\": [null]}")));
	}

	@Test
	void theDefaultSchemaIsSentAsCrateDbsHeader() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(okJson("{\"cols\": [], \"rows\": [], \"rowcount\": 0}")));

		TestClients.client(api).clusters().sql(CLUSTER_ID).sql("SELECT 1").defaultSchema("sensors").query();

		cluster.verify(postRequestedFor(urlEqualTo(SQL)).withHeader("Default-Schema", equalTo("sensors")));
	}

	@Test
	void theTokenIsFetchedOnFirstUseAndKeptWhileFresh() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		stubSelectOne();
		CrateCloudClient client = TestClients.client(api);

		for (int i = 0; i < 5; i++) {
			client.clusters().sql(CLUSTER_ID).sql("SELECT 1").query();
		}

		api.server().verify(1, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
		api.server().verify(1, getRequestedFor(urlEqualTo(JWT_PATH)));
		api.server().verify(0, postRequestedFor(urlEqualTo(REFRESH_PATH)));
		cluster.verify(5, postRequestedFor(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void aTokenAtItsExpiryIsRenewedWithItsRefreshTokenBeforeTheNextStatement() {
		stubCluster(false);
		// Expires as it is issued, by the service's own clock (its Date header).
		stubJwt(TOKEN, Duration.ZERO);
		api.server().stubFor(post(urlEqualTo(REFRESH_PATH)).withRequestBody(equalToJson("{\"refresh_token\": \"" + REFRESH + "\"}"))
			.willReturn(jwtAnswer(RENEWED_TOKEN, Duration.ofHours(1))));
		stubSelectOne();
		CrateDbSql sql = TestClients.client(api).clusters().sql(CLUSTER_ID);

		sql.sql("SELECT 1").query();
		sql.sql("SELECT 1").query();
		sql.sql("SELECT 1").query();

		api.server().verify(1, getRequestedFor(urlEqualTo(JWT_PATH)));
		api.server().verify(1, postRequestedFor(urlEqualTo(REFRESH_PATH)));
		cluster.verify(1, postRequestedFor(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		cluster.verify(2,
				postRequestedFor(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + RENEWED_TOKEN)));
	}

	@Test
	void aRefusedRefreshTokenFallsBackToANewToken() {
		stubCluster(false);
		api.server().stubFor(get(urlEqualTo(JWT_PATH)).inScenario("jwt").whenScenarioStateIs("Started")
			.willReturn(jwtAnswer(TOKEN, Duration.ZERO)).willSetStateTo("issued"));
		api.server().stubFor(get(urlEqualTo(JWT_PATH)).inScenario("jwt").whenScenarioStateIs("issued")
			.willReturn(jwtAnswer(FETCHED_TOKEN, Duration.ofHours(1))));
		api.server().stubFor(post(urlEqualTo(REFRESH_PATH)).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"The refresh token is invalid or has expired.\", \"success\": false}")));
		stubSelectOne();
		CrateDbSql sql = TestClients.client(api).clusters().sql(CLUSTER_ID);

		sql.sql("SELECT 1").query();
		sql.sql("SELECT 1").query();

		api.server().verify(1, postRequestedFor(urlEqualTo(REFRESH_PATH)));
		api.server().verify(2, getRequestedFor(urlEqualTo(JWT_PATH)));
		cluster.verify(1,
				postRequestedFor(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + FETCHED_TOKEN)));
	}

	@Test
	void aStatementRefusedWith401IsSentOnceMoreWithARenewedToken() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		api.server().stubFor(post(urlEqualTo(REFRESH_PATH)).willReturn(jwtAnswer(RENEWED_TOKEN, Duration.ofHours(1))));
		cluster.stubFor(post(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(unauthorized()));
		cluster.stubFor(post(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + RENEWED_TOKEN))
			.willReturn(okJson("{\"cols\": [], \"rowcount\": 1, \"duration\": 1}")));

		// Not idempotent, yet sent again: a 401 means it never ran.
		long inserted = TestClients.client(api).clusters().sql(CLUSTER_ID).sql("INSERT INTO t VALUES (1)").update();

		assertThat(inserted).isEqualTo(1);
		api.server().verify(1, postRequestedFor(urlEqualTo(REFRESH_PATH)));
		cluster.verify(2, postRequestedFor(urlEqualTo(SQL)));
	}

	@Test
	void a401AfterRenewalFailsWithoutTheToken() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		api.server().stubFor(post(urlEqualTo(REFRESH_PATH)).willReturn(jwtAnswer(RENEWED_TOKEN, Duration.ofHours(1))));
		// A cluster that echoes what it was sent.
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"jwt token " + TOKEN + " / " + RENEWED_TOKEN
					+ " not accepted\", \"code\": 4010}}")));

		assertThatExceptionOfType(CrateDbSqlException.class)
			.isThrownBy(() -> TestClients.client(api).clusters().sql(CLUSTER_ID).sql("SELECT 1").query())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getErrorCode()).isEqualTo(4010);
				assertThat(ex.getMessage()).contains("refused its token, a renewed one included")
					.doesNotContain(TOKEN, RENEWED_TOKEN, "c2lnbmF0dXJl");
				assertThat(ex.getServerMessage()).doesNotContain(TOKEN, RENEWED_TOKEN);
			});
		cluster.verify(2, postRequestedFor(urlEqualTo(SQL)));
	}

	@Test
	void concurrentCallersShareOneRenewal() throws Exception {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ZERO);
		// A slow renewal, so that every caller arrives while it is under way.
		api.server().stubFor(post(urlEqualTo(REFRESH_PATH))
			.willReturn(jwtAnswer(RENEWED_TOKEN, Duration.ofHours(1)).withFixedDelay(300)));
		stubSelectOne();
		CrateCloudClient client = TestClients.client(api);
		client.clusters().sql(CLUSTER_ID).sql("SELECT 1").query();
		int callers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(callers);
		try {
			List<Future<SqlResult>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return client.clusters().sql(CLUSTER_ID).sql("SELECT 1").query();
				}));
			}
			start.countDown();
			for (Future<SqlResult> result : results) {
				assertThat(result.get().rowCount()).isEqualTo(1);
			}
		}
		finally {
			executor.shutdownNow();
		}

		api.server().verify(1, postRequestedFor(urlEqualTo(REFRESH_PATH)));
		cluster.verify(callers,
				postRequestedFor(urlEqualTo(SQL)).withHeader("Authorization", equalTo("Bearer " + RENEWED_TOKEN)));
	}

	@Test
	void crateDbsErrorIsTypedWithItsCodeAndTheStatementButNoValues() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"RelationUnknown[Relation 'doc.nope' unknown]\", \"code\": 4041}}")));
		CrateDbSql sql = TestClients.client(api, RetrySettings.defaults()).clusters().sql(CLUSTER_ID);

		assertThatExceptionOfType(CrateDbSqlException.class)
			.isThrownBy(() -> sql.sql("SELECT * FROM nope WHERE secret = 'hunter2' AND id = ?").param("value-42").query())
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(4041);
				assertThat(ex.isStatementError()).isTrue();
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getClusterId()).isEqualTo(CLUSTER_ID);
				assertThat(ex.getStatement()).isEqualTo("SELECT * FROM nope WHERE secret = 'hunter2' AND id = ?");
				assertThat(ex.getServerMessage()).isEqualTo("RelationUnknown[Relation 'doc.nope' unknown]");
				assertThat(ex.getMessage()).contains("on cluster 'sensor-data' (" + CLUSTER_ID + ")",
						"answered 404 Not Found with CrateDB error 4041: RelationUnknown[Relation 'doc.nope' unknown]",
						"statement: SELECT * FROM nope WHERE secret = '***' AND id = ?")
					.doesNotContain("hunter2", "value-42");
			});
		// A statement CrateDB blames is not sent again, even as a query with retries on.
		cluster.verify(1, postRequestedFor(urlEqualTo(SQL)));
	}

	@Test
	void aPassingFailureIsRetriedForQueriesAndIdempotentStatementsOnly() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"UnavailableShardsException[shards unavailable]\", \"code\": 5030}}")));
		RetrySettings retries = RetrySettings.builder().initialDelay(Duration.ofMillis(1)).maxAttempts(3).build();
		CrateDbSql sql = TestClients.client(api, retries).clusters().sql(CLUSTER_ID);

		assertThatExceptionOfType(CrateDbSqlException.class).isThrownBy(() -> sql.sql("SELECT 1").query())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(5030));
		cluster.verify(3, postRequestedFor(urlEqualTo(SQL)));
		cluster.resetRequests();
		assertThatExceptionOfType(CrateDbSqlException.class)
			.isThrownBy(() -> sql.sql("INSERT INTO t VALUES (1)").update());
		cluster.verify(1, postRequestedFor(urlEqualTo(SQL)));
		cluster.resetRequests();
		assertThatExceptionOfType(CrateDbSqlException.class)
			.isThrownBy(() -> sql.sql("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING").idempotent().update());
		cluster.verify(3, postRequestedFor(urlEqualTo(SQL)));
	}

	@Test
	void anErrorPageFromAProxyIsShownAsTextWithoutACode() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body><h1>502 Bad Gateway</h1><p>upstream unreachable</p></body></html>")));

		assertThatExceptionOfType(CrateDbSqlException.class)
			.isThrownBy(() -> TestClients.client(api).clusters().sql(CLUSTER_ID).sql("SELECT 1").query())
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isZero();
				assertThat(ex.isStatementError()).isFalse();
				assertThat(ex.getMessage()).contains("answered 502 Bad Gateway: \"502 Bad Gateway upstream unreachable\"");
			});
	}

	@Test
	void aSuccessfulAnswerThatIsNotJsonOrTooLargeIsRefused() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"SELECT html\"}", true, true))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>login</html>")));
		cluster.stubFor(post(urlEqualTo(SQL)).withRequestBody(equalToJson("{\"stmt\": \"SELECT huge\"}", true, true))
			.willReturn(okJson("{\"cols\": [\"a\"], \"rows\": [[\"" + "x".repeat(20_000) + "\"]]}")));
		CrateDbSql sql = TestClients.builder(api).maxResponseSize(DataSize.ofKilobytes(8)).build().clusters()
			.sql(CLUSTER_ID);

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> sql.sql("SELECT html").query())
			.withMessageContaining("answered 200 but the body is text/html, not JSON");
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> sql.sql("SELECT huge").query())
			.withMessageContaining("with a body of more than 8192 bytes");
	}

	@Test
	void aStalledClusterIsCutOffAtTheCallsDeadline() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(okJson("{\"cols\": [], \"rows\": []}").withFixedDelay(5_000)));
		CrateDbSql sql = TestClients.builder(api).callTimeout(Duration.ofMillis(700)).build().clusters().sql(CLUSTER_ID);

		assertThatExceptionOfType(CrateCloudTimeoutException.class).isThrownBy(() -> sql.sql("SELECT 1").query())
			.withMessageContaining("did not complete within the time left to the SQL call on cluster " + CLUSTER_ID)
			.withMessageNotContaining(TOKEN);
	}

	@Test
	void aConnectionLostMidAnswerIsATransportFailureAndTheClusterIsReadAgainNextTime() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		CrateDbSql sql = TestClients.client(api).clusters().sql(CLUSTER_ID);

		assertThatExceptionOfType(CrateCloudException.class).isThrownBy(() -> sql.sql("SELECT 1").query())
			.withMessageContaining("failed before a complete response arrived");
		stubSelectOne();
		sql.sql("SELECT 1").query();

		api.server().verify(2, getRequestedFor(urlEqualTo(CLUSTER_PATH)));
	}

	@Test
	void aSuspendedClusterIsReportedWithHowToResumeItBeforeAnyStatementIsSent() {
		stubCluster(true);
		stubJwt(TOKEN, Duration.ofHours(1));

		assertThatExceptionOfType(CrateCloudException.class)
			.isThrownBy(() -> TestClients.client(api).clusters().sql(CLUSTER_ID).sql("SELECT 1").query())
			.withMessageContaining("Cluster 'sensor-data' (" + CLUSTER_ID + ") is suspended")
			.withMessageContaining("client.clusters().resume(\"" + CLUSTER_ID + "\")");
		assertThat(cluster.getAllServeEvents()).isEmpty();
		api.server().verify(0, getRequestedFor(urlEqualTo(JWT_PATH)));
	}

	@Test
	void aClusterWithoutAUsableUrlIsReported() {
		api.server().stubFor(get(urlEqualTo(CLUSTER_PATH)).willReturn(okJson(clusterJson(false, null))));
		assertThatExceptionOfType(CrateCloudException.class)
			.isThrownBy(() -> TestClients.client(api).clusters().sql(CLUSTER_ID).sql("SELECT 1").query())
			.withMessageContaining("has no url yet");

		api.server().stubFor(get(urlEqualTo(CLUSTER_PATH))
			.willReturn(okJson(clusterJson(false, "http://sensor-data.example.com:4200"))));
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> TestClients.client(api).clusters().sql(CLUSTER_ID).sql("SELECT 1").query())
			.withMessageContaining("uses http, not https");
		api.server().verify(0, getRequestedFor(urlEqualTo(JWT_PATH)));
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		CrateCloudClient client = TestClients.client(api);
		assertThatIllegalArgumentException().isThrownBy(() -> client.clusters().sql(CLUSTER_ID).sql("  "))
			.withMessageContaining("statement");
		assertThatIllegalArgumentException().isThrownBy(() -> client.clusters().sql("../organizations"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.clusters().sql(CLUSTER_ID).sql("SELECT 1").defaultSchema("doc\r\nX-Evil: 1"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.clusters().sql(CLUSTER_ID).sql("INSERT INTO t VALUES (?)").bulkUpdate(List.of()));
		assertThat(api.server().getAllServeEvents()).isEmpty();
		assertThat(cluster.getAllServeEvents()).isEmpty();
	}

	@Test
	void eachStatementIsObservedWithTheDatabasesNamesButNotItsText() {
		stubCluster(false);
		stubJwt(TOKEN, Duration.ofHours(1));
		stubSelectOne();
		TestObservationRegistry registry = TestObservationRegistry.create();
		List<String> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				recorded.add(context.getContextualName() + " " + context.getAllKeyValues());
			}

		});
		CrateDbSql sql = TestClients.builder(api).observationRegistry(registry).build().clusters().sql(CLUSTER_ID);

		sql.sql("  select name FROM secrets WHERE value = 'hunter2'").query();

		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("cratecloud.sql")
			.that()
			.hasLowCardinalityKeyValue("db.system", "cratedb")
			.hasLowCardinalityKeyValue("db.operation", "SELECT")
			.hasLowCardinalityKeyValue("uri", "{cluster_url}/_sql")
			.hasContextualNameEqualTo("cratedb SELECT")
			.doesNotHaveHighCardinalityKeyValueWithKey("db.statement");
		assertThat(recorded).isNotEmpty().allSatisfy((keyValues) -> assertThat(keyValues).doesNotContain("hunter2", TOKEN));
	}

	record Reading(String sensorId, double temperature, Instant takenAt) {
	}

	private static void stubSelectOne() {
		cluster.stubFor(post(urlEqualTo(SQL)).willReturn(okJson("""
				{"cols": ["1"], "col_types": [9], "rows": [[1]], "rowcount": 1, "duration": 0.5}
				""")));
	}

	private static void stubCluster(boolean suspended) {
		api.server().stubFor(get(urlEqualTo(CLUSTER_PATH)).willReturn(okJson(clusterJson(suspended, cluster.baseUrl()))));
	}

	private static void stubJwt(String token, Duration lifetime) {
		api.server().stubFor(get(urlEqualTo(JWT_PATH)).willReturn(jwtAnswer(token, lifetime)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder jwtAnswer(String token,
			Duration lifetime) {
		// The service's clock, a day off this machine's: only the answer's own Date counts.
		Instant serviceNow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		return okJson("{\"token\": \"" + token + "\", \"refresh\": \"" + REFRESH + "\", \"expiry\": \""
				+ serviceNow.plus(lifetime) + "\"}").withHeader("Date", HTTP_DATE.format(serviceNow));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder unauthorized() {
		return aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"jwt token has expired\", \"code\": 4010}}");
	}

	private static String clusterJson(boolean suspended, String url) {
		return """
				{
				  "id": "%s",
				  "name": "sensor-data",
				  "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d",
				  "crate_version": "5.10.3",
				  "channel": "stable",
				  "product_name": "cr1",
				  "product_tier": "default",
				  "product_unit": 2,
				  "num_nodes": 3,
				  "fqdn": "sensor-data.eks1.eu-west-1.aws.cratedb.net.",
				  %s
				  "username": "admin",
				  "suspended": %s,
				  "dc": {"created": "2026-05-02T08:15:37.120000+00:00", "modified": "2026-07-10T10:40:11.204000+00:00"}
				}
				""".formatted(CLUSTER_ID, (url != null) ? "\"url\": \"" + url + "\"," : "", suspended);
	}

}
