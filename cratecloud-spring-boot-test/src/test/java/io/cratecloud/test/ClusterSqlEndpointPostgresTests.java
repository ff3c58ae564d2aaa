package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.clusters.ClusterJwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster's SQL endpoint on the fake running statements on a real PostgreSQL server, over
 * a real socket with the cluster's token, and answering in CrateDB's shapes: rows and types,
 * row counts, bulk results, CrateDB's errors, the default schema.
 */
class ClusterSqlEndpointPostgresTests {

	@RegisterExtension
	static final LocalPostgres postgres = new LocalPostgres();

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	private final FakeCrateCloud fake = FakeCrateCloud.builder().manualClock(START).start();

	private final CrateCloudClient client = CrateCloudClient.builder()
		.baseUrl(this.fake.baseUrl())
		.credentials(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()))
		.build();

	private final SqlEndpointHttp http = new SqlEndpointHttp();

	private final SeededProject analytics = this.fake.seed().organization("Acme").project("analytics");

	private final String sensors = this.analytics.cluster("sensors")
		.sqlEndpoint(LocalPostgres.HOST, postgres.port())
		.username(LocalPostgres.USER)
		.sqlPassword(postgres.password())
		.create();

	private final String url = this.client.clusters().get(this.sensors).url();

	private final String token = this.client.clusters().getJwt(this.sensors).token();

	@BeforeEach
	void emptyDatabase() throws SQLException {
		jdbc("drop schema if exists public cascade", "drop schema if exists doc cascade",
				"drop schema if exists other cascade", "create schema public");
	}

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void aQueryWithArgumentsAnswersColumnsTheirCrateDbTypesAndRowsInCrateDbsJson() throws SQLException {
		readings();

		JsonNode result = ok(post("?types", SqlEndpointHttp.body("stmt",
				"select id, sensor, value, ratio, small, big, amount, ok, taken, local_taken, day, tags, counts, meta "
						+ "from readings where id <= ? and sensor = ? order by id",
				"args", List.of(2, "s1"))));

		assertThat(strings(result.get("cols"))).containsExactly("id", "sensor", "value", "ratio", "small", "big",
				"amount", "ok", "taken", "local_taken", "day", "tags", "counts", "meta");
		assertThat(result.get("col_types").toString())
			.isEqualTo("[9,4,6,7,8,10,22,3,11,15,24,[100,4],[100,9],12]");
		assertThat(result.get("rowcount").asLong()).isEqualTo(2);
		assertThat(result.get("duration").isNumber()).isTrue();
		assertThat(result.get("duration").asDouble()).isNotNegative();
		JsonNode first = result.get("rows").get(0);
		assertThat(first.get(0).asInt()).isEqualTo(1);
		assertThat(first.get(1).asString()).isEqualTo("s1");
		assertThat(first.get(2).asDouble()).isEqualTo(21.5);
		assertThat(first.get(3).asDouble()).isEqualTo(0.5);
		assertThat(first.get(4).asInt()).isEqualTo(7);
		assertThat(first.get(5).asLong()).isEqualTo(9_000_000_000L);
		assertThat(first.get(6).decimalValue()).isEqualByComparingTo("12.34");
		assertThat(first.get(7).asBoolean()).isTrue();
		// Timestamps as CrateDB writes them: milliseconds since the epoch, one without a time
		// zone as if in UTC; a date as its midnight in UTC (CrateDB's own example, 1979-10-12).
		assertThat(first.get(8).asLong()).isEqualTo(Instant.parse("2026-07-10T10:00:00.123Z").toEpochMilli());
		assertThat(first.get(9).asLong()).isEqualTo(Instant.parse("2026-07-10T12:00:00Z").toEpochMilli());
		assertThat(first.get(10).asLong()).isEqualTo(308534400000L);
		assertThat(first.get(11).toString()).isEqualTo("[\"a\",\"b\"]");
		assertThat(first.get(12).toString()).isEqualTo("[1,null,3]");
		assertThat(first.get(13).toString()).isEqualTo("{\"unit\":\"C\"}");
		// SQL NULLs are JSON nulls, whatever the type.
		JsonNode second = result.get("rows").get(1);
		assertThat(second.get(0).asInt()).isEqualTo(2);
		for (int column = 2; column < second.size(); column++) {
			assertThat(second.get(column).isNull()).as("column %d of the second row", column).isTrue();
		}
	}

	@Test
	void withoutTypesThereAreNoColumnTypes() throws SQLException {
		readings();

		JsonNode result = ok(post("", SqlEndpointHttp.body("stmt", "select count(*) as n from readings")));

		assertThat(result.has("col_types")).isFalse();
		assertThat(result.get("rows").toString()).isEqualTo("[[3]]");
		assertThat(result.get("rowcount").asLong()).isEqualTo(1);
	}

	@Test
	void numberedPlaceholdersBindInTheirOrderAndStringsTakeTheTypeTheyAreComparedWith() throws SQLException {
		readings();

		// CrateDB's documented example: a date compared with a string argument.
		JsonNode result = ok(post("", SqlEndpointHttp.body("stmt",
				"select id, '$1 stays text' as note from readings where day <= $2 and id < $1 and id <> $1 - 3 "
						+ "order by id",
				"args", List.of(3, "1979-10-12"))));

		assertThat(result.get("rows").toString()).isEqualTo("[[1,\"$1 stays text\"]]");
	}

	@Test
	void anInsertOrUpdateAnswersItsRowCountWithoutColumns() throws SQLException {
		readings();

		JsonNode inserted = ok(post("?types", SqlEndpointHttp.body("stmt",
				"insert into readings (id, sensor, taken) values (?, ?, ?), (?, ?, ?)", "args",
				Arrays.asList(10, "s3", "2026-07-10T10:00:00Z", 11, "s3", null))));
		JsonNode updated = ok(post("", SqlEndpointHttp.body("stmt", "update readings set value = ? where sensor = ?",
				"args", List.of(1.5, "s1"))));

		assertThat(inserted.get("rowcount").asLong()).isEqualTo(2);
		assertThat(inserted.get("cols").toString()).isEqualTo("[]");
		assertThat(inserted.get("col_types").toString()).isEqualTo("[]");
		// One empty row, as CrateDB's RestRowCountReceiver writes it.
		assertThat(inserted.get("rows").toString()).isEqualTo("[[]]");
		assertThat(updated.get("rowcount").asLong()).isEqualTo(2);
		assertThat(updated.has("col_types")).isFalse();
		assertThat(query("select count(*) from readings where value = 1.5")).isEqualTo("2");
		assertThat(query("select taken from readings where id = 10")).startsWith("2026-07-10 10:00:00");
	}

	@Test
	void aBulkRequestAnswersARowCountPerSetOfArgumentsAndMinusTwoForOneThatFailed() throws SQLException {
		readings();

		JsonNode result = ok(post("", SqlEndpointHttp.body("stmt", "insert into readings (id, sensor) values (?, ?)",
				"bulk_args", List.of(List.of(20, "a"), List.of(1, "duplicate"), List.of(21, "c")))));

		assertThat(result.get("cols").toString()).isEqualTo("[]");
		assertThat(result.get("duration").isNumber()).isTrue();
		assertThat(result.has("rows")).isFalse();
		JsonNode results = result.get("results");
		assertThat(results).hasSize(3);
		assertThat(results.get(0).toString()).isEqualTo("{\"rowcount\":1}");
		assertThat(results.get(1).get("rowcount").asLong()).isEqualTo(-2);
		assertThat(results.get(1).get("error").get("code").asInt()).isEqualTo(4091);
		assertThat(results.get(1).get("error").get("message").asString())
			.isEqualTo("DuplicateKeyException[A document with the same primary key exists already]");
		// The set after the failed one still ran, as in CrateDB.
		assertThat(results.get(2).toString()).isEqualTo("{\"rowcount\":1}");
		assertThat(query("select string_agg(id::text, ',' order by id) from readings where id >= 20"))
			.isEqualTo("20,21");
		// An update per set.
		JsonNode updates = ok(post("", SqlEndpointHttp.body("stmt", "update readings set value = ? where sensor = ?",
				"bulk_args", List.of(List.of(1, "s1"), List.of(2, "nobody")))));
		assertThat(updates.get("results").toString()).isEqualTo("[{\"rowcount\":2},{\"rowcount\":0}]");
	}

	@Test
	void aBulkRequestWhoseStatementFailsOrAnswersRowsFailsAsAWhole() throws SQLException {
		readings();

		assertThat(error(post("", SqlEndpointHttp.body("stmt", "insert into nope (id) values (?)", "bulk_args",
				List.of(List.of(1), List.of(2))))))
			.containsExactly("404", "4041", "RelationUnknown[Relation 'nope' unknown]");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "select * from readings where id = ?", "bulk_args",
				List.of(List.of(1)))))).containsExactly("400", "4004",
						"UnsupportedFeatureException[Bulk operations for statements that return result sets is not "
								+ "supported]");
		// No sets, nothing run.
		assertThat(ok(post("", SqlEndpointHttp.body("stmt", "insert into nope (id) values (?)", "bulk_args",
				List.of()))).get("results").toString()).isEqualTo("[]");
	}

	@Test
	void postgreSqlsErrorsAnswerCrateDbsStatusCodeAndException() throws SQLException {
		readings();

		assertThat(error(post("", SqlEndpointHttp.body("stmt", "selec 1")))).containsExactly("400", "4000",
				"SQLParseException[syntax error at or near \"selec\"]");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "select * from nope"))))
			.containsExactly("404", "4041", "RelationUnknown[Relation 'nope' unknown]");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "select nope from readings"))))
			.containsExactly("404", "4043", "ColumnUnknownException[Column nope unknown]");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "insert into readings (id, sensor) values (1, 'x')"))))
			.containsExactly("409", "4091",
					"DuplicateKeyException[A document with the same primary key exists already]");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "create table readings (id int)"))))
			.containsExactly("409", "4093", "RelationAlreadyExists[Relation 'readings' already exists.]");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "select nope(1)"))).subList(0, 2))
			.containsExactly("400", "4004");
		// A value PostgreSQL cannot take, and a statement it refuses otherwise (42xxx).
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "select ?::int", "args", List.of("x")))))
			.containsExactly("400", "4000", "SQLParseException[invalid input syntax for type integer: \"x\"]");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "select id from readings group by sensor")))
			.subList(0, 2)).containsExactly("400", "4000");
		assertThat(error(post("", SqlEndpointHttp.body("stmt", "insert into readings (id) values (30)"))).get(0))
			.isEqualTo("400");
	}

	@Test
	void theDefaultSchemaIsDocThenPublicAndDefaultSchemaNamesAnother() throws SQLException {
		jdbc("create table things (name text)", "insert into things values ('public')", "create schema other",
				"create table other.things (name text)", "insert into other.things values ('other')");

		assertThat(thing(null)).isEqualTo("public");
		assertThat(thing("doc")).isEqualTo("public");
		assertThat(thing("other")).isEqualTo("other");
		// A schema doc, should the database have one, comes first.
		jdbc("create schema doc", "create table doc.things (name text)", "insert into doc.things values ('doc')");
		assertThat(thing(null)).isEqualTo("doc");
		// Another schema is searched alone, as CrateDB finds unqualified names in it only.
		assertThat(error(post("", Map.of("Default-Schema", "missing"),
				SqlEndpointHttp.body("stmt", "select name from things"))))
			.containsExactly("404", "4041", "RelationUnknown[Relation 'things' unknown]");
		assertThat(error(post("", Map.of("Default-Schema", "missing"), SqlEndpointHttp.body("stmt",
				"create table made (id int)"))).subList(0, 2)).containsExactly("404", "4045");
		// The header is bound, never written into a statement.
		assertThat(error(post("", Map.of("Default-Schema", "other\"; drop table things; --"),
				SqlEndpointHttp.body("stmt", "select name from things"))).get(1)).isEqualTo("4041");
		assertThat(query("select count(*) from public.things")).isEqualTo("1");
	}

	@Test
	void anExpiredTokenIsRefusedAndTheRefreshedOneRunsStatements() {
		ClusterJwt jwt = this.client.clusters().getJwt(this.sensors);
		this.fake.advance(MetadataApi.TOKEN_LIFETIME);

		HttpResponse<String> expired = this.http.post(this.url, "", jwt.token(), SqlEndpointHttp.body("stmt",
				"select 1 as one"));
		ClusterJwt renewed = this.client.metadata().refreshJwt(jwt.refresh());
		HttpResponse<String> renewedAnswer = this.http.post(this.url, "", renewed.token(), SqlEndpointHttp.body("stmt",
				"select 1 as one"));

		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.body()).contains("The Token has expired on");
		assertThat(renewedAnswer.statusCode()).isEqualTo(200);
		assertThat(SqlEndpointHttp.json(renewedAnswer).get("rows").toString()).isEqualTo("[[1]]");
	}

	@Test
	void aStatementRunsAsTheClustersUserOnTheSeededDatabase() {
		JsonNode result = ok(
				post("", SqlEndpointHttp.body("stmt", "select current_user as usr, current_database() as db")));

		assertThat(result.get("rows").toString())
			.isEqualTo("[[\"" + LocalPostgres.USER + "\",\"" + LocalPostgres.DATABASE + "\"]]");
	}

	@Test
	void aWrongSeededPasswordSaysSoAndAStoppedDatabaseIsUnavailable() {
		String wrong = this.analytics.cluster("wrong")
			.sqlEndpoint(LocalPostgres.HOST, postgres.port())
			.username(LocalPostgres.USER)
			.sqlPassword("not-the-password")
			.create();
		// Port 1 (tcpmux), which nothing on a test machine listens on.
		String gone = this.analytics.cluster("gone").sqlEndpoint(LocalPostgres.HOST, 1).create();

		List<String> login = error(
				this.http.post(url(wrong), "", token(wrong), SqlEndpointHttp.body("stmt", "select 1")));
		List<String> unreachable = error(this.http.post(url(gone), "", token(gone), SqlEndpointHttp.body("stmt",
				"select 1")));

		assertThat(login.subList(0, 2)).containsExactly("500", "5000");
		assertThat(login.get(2)).contains("cannot log in", "sqlPassword(...)").doesNotContain("not-the-password");
		assertThat(unreachable.subList(0, 2)).containsExactly("503", "5030");
		assertThat(unreachable.get(2)).contains("cannot reach the database behind cluster " + gone);
	}

	@Test
	void aStatementIsBoundedInTimeAndRows() {
		List<String> timedOut = error(post("", SqlEndpointHttp.body("stmt", "select pg_sleep(60)")));
		JsonNode most = ok(post("", SqlEndpointHttp.body("stmt", "select g from generate_series(1, ?) as g", "args",
				List.of(PostgresSql.MAX_ROWS))));
		List<String> tooMany = error(post("", SqlEndpointHttp.body("stmt", "select g from generate_series(1, ?) as g",
				"args", List.of(PostgresSql.MAX_ROWS + 1))));

		assertThat(timedOut.subList(0, 2)).containsExactly("500", "5005");
		assertThat(timedOut.get(2)).startsWith("JobKilledException[Job killed. ");
		assertThat(most.get("rowcount").asLong()).isEqualTo(PostgresSql.MAX_ROWS);
		assertThat(tooMany.subList(0, 2)).containsExactly("500", "5000");
		assertThat(tooMany.get(2)).contains("add a LIMIT");
	}

	@Test
	void theJournalHasEachStatementUnderTheEndpointsTemplate() {
		ok(post("", SqlEndpointHttp.body("stmt", "select 1")));
		ok(post("?types", SqlEndpointHttp.body("stmt", "select 2")));

		this.fake.verify(RequestCount.exactly(2), "POST", "/_clusters/{cluster_id}/_sql");
		assertThat(this.fake.requests("POST", "/_clusters/{cluster_id}/_sql")).extracting(RecordedExchange::status)
			.containsExactly(200, 200);
	}

	private String thing(String schema) {
		Map<String, String> headers = (schema != null) ? Map.of("Default-Schema", schema) : Map.of();
		JsonNode result = ok(post("", headers, SqlEndpointHttp.body("stmt", "select name from things")));
		return result.get("rows").get(0).get(0).asString();
	}

	private void readings() throws SQLException {
		jdbc("""
				create table readings (id integer primary key, sensor text not null, value double precision,
					ratio real, small smallint, big bigint, amount numeric(10, 2), ok boolean, taken timestamptz,
					local_taken timestamp, day date, tags text[], counts integer[], meta jsonb)""", """
				insert into readings values
					(1, 's1', 21.5, 0.5, 7, 9000000000, 12.34, true, '2026-07-10 12:00:00.123+02',
						'2026-07-10 12:00:00', '1979-10-12', '{a,b}', '{1,NULL,3}', '{"unit": "C"}'),
					(2, 's1', null, null, null, null, null, null, null, null, null, null, null, null),
					(3, 's2', 19.0, 1.5, 1, 1, 1, false, '2026-07-11 00:00:00+00', '2026-07-11 00:00:00',
						'2026-07-11', '{}', '{}', '{}')""");
	}

	private HttpResponse<String> post(String query, String body) {
		return post(query, Map.of(), body);
	}

	private HttpResponse<String> post(String query, Map<String, String> headers, String body) {
		return this.http.post(this.url, query, "Bearer " + this.token, headers, body);
	}

	private String url(String clusterId) {
		return this.client.clusters().get(clusterId).url();
	}

	private String token(String clusterId) {
		return this.client.clusters().getJwt(clusterId).token();
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return SqlEndpointHttp.json(response);
	}

	private static List<String> error(HttpResponse<String> response) {
		JsonNode error = SqlEndpointHttp.json(response).get("error");
		assertThat(error).as(response.body()).isNotNull();
		return List.of(Integer.toString(response.statusCode()), error.get("code").asString(),
				error.get("message").asString());
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((element) -> strings.add(element.asString()));
		return strings;
	}

	private static void jdbc(String... statements) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String query(String sql) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			assertThat(row.next()).isTrue();
			return row.getString(1);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, postgres.password());
	}

}
