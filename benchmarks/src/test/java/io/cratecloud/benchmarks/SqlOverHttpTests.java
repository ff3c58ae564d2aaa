package io.cratecloud.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.cratecloud.benchmarks.BaselineClient.SqlResponse;
import io.cratecloud.benchmarks.SqlFixtures.Reading;
import io.cratecloud.client.sql.CrateDbType;
import io.cratecloud.client.sql.SqlResult;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the SQL benchmark ({@link SqlOverHttp}, and {@link PairedOverhead}'s SQL calls)
 * measures what it claims: the loopback cluster answers the two queries with the token, the
 * client and the hand-written baselines send the same statement and read the same rows, and
 * each fetches the token once.
 */
class SqlOverHttpTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LoopbackApi api;

	private BaselineClient baseline;

	@BeforeEach
	void start() throws Exception {
		this.api = LoopbackApi.start(1, LoopbackApi.AuditLog.fixedPage(0));
		this.baseline = BaselineClient.httpClient5(this.api.baseUrl(), LoopbackApi.API_KEY, LoopbackApi.API_SECRET);
	}

	@AfterEach
	void stop() throws Exception {
		this.baseline.close();
		this.api.close();
	}

	@ParameterizedTest
	@EnumSource(value = ClientVariant.class,
			names = { "CLIENT_HTTP_CLIENT_5", "STARTER_HTTP_CLIENT_5", "STARTER_JDK", "BASELINE_JDK" })
	void everyVariantSendsTheSameStatementAndReadsTheSameRowsWithTheTokenFetchedOnce(ClientVariant variant)
			throws Exception {
		SqlResponse one = this.baseline.sqlSelectOne();
		Object baselineBody = JSON.readTree(this.api.lastSqlRequest());
		SqlResponse many = this.baseline.sqlSelectMany();
		List<Reading> mapped = this.baseline.sqlSelectManyMapped();
		assertThat(this.baseline.sqlSelectManyConverted()).isEqualTo(mapped);
		try (BenchmarkedClient client = variant.open(this.api)) {
			Object clientOne = client.sqlSelectOne();
			assertThat(JSON.readTree(this.api.lastSqlRequest())).isEqualTo(baselineBody)
				.isEqualTo(JSON.readTree("{\"stmt\": \"" + SqlFixtures.SELECT_ONE + "\", \"args\": [\"s-0042\"]}"));
			assertThat(rows(clientOne)).hasSize(1).isEqualTo(one.rows());
			assertThat(rows(client.sqlSelectMany())).hasSize(SqlFixtures.MANY).isEqualTo(many.rows());
			assertThat(JSON.readTree(this.api.lastSqlRequest()))
				.isEqualTo(JSON.readTree("{\"stmt\": \"" + SqlFixtures.SELECT_MANY + "\", \"args\": [1000]}"));
			assertThat(client.sqlSelectManyMapped()).isEqualTo(mapped);
			assertThat(client.sqlSelectManyConverted()).isEqualTo(mapped);
			for (int i = 0; i < 5; i++) {
				client.sqlSelectOne();
			}
		}
		// The baseline's and the variant's: one cluster read and one token each, whatever the calls.
		assertThat(this.api.requests("sql/cluster")).isEqualTo(2);
		assertThat(this.api.requests("sql/jwt")).isEqualTo(2);
		assertThat(this.api.requests("sql")).isEqualTo(4 + 9);
		assertThat(this.api.requests("other")).isZero();
	}

	@Test
	void theClientReadsEveryColumnTypeAndTheRowsDiffer() throws Exception {
		try (ClientCalls client = ClientCalls.withoutBoot(this.api)) {
			SqlResult result = client.sqlSelectMany();
			assertThat(result.columns()).isEqualTo(SqlFixtures.COLUMNS);
			assertThat(result.columnTypes()).extracting(CrateDbType::name)
				.containsExactly("text", "double precision", "timestamp with time zone", "bigint", "array(text)",
						"object");
			assertThat(result.rowCount()).isEqualTo(SqlFixtures.MANY);
			assertThat(new HashSet<>(result.rows())).hasSize(SqlFixtures.MANY);
			for (int column = 0; column < SqlFixtures.COLUMNS.size(); column++) {
				int c = column;
				assertThat(result.rows().stream().map((row) -> row.get(c)).distinct().count())
					.as(SqlFixtures.COLUMNS.get(c))
					.isGreaterThan(1);
			}
			assertThat(result.rows().get(1).get(2)).isInstanceOf(Long.class);
			assertThat(result.rows().get(1).get(5)).isInstanceOf(Map.class);
			List<Reading> readings = client.sqlSelectManyMapped();
			assertThat(readings).hasSize(SqlFixtures.MANY).doesNotContainNull();
			assertThat(readings.get(2)).hasNoNullFieldsOrProperties();
			assertThat(readings.get(2).tags()).hasSize(3);
			assertThat(readings).isEqualTo(result.rows().stream().map(Reading::of).toList());
		}
	}

	@ParameterizedTest
	@CsvSource({ "STARTER_HTTP_CLIENT_5, false", "STARTER_HTTP_CLIENT_5_OBSERVED, true" })
	void onlyTheObservedVariantRecordsSqlMetrics(ClientVariant variant, boolean observed) throws Exception {
		try (StarterClient client = (StarterClient) variant.open(this.api)) {
			client.sqlSelectOne();
			MeterRegistry meters = client.context().getBean(MeterRegistry.class);
			assertThat(meters.find("cratecloud.sql").timer() != null).isEqualTo(observed);
		}
	}

	@Test
	void theClusterRefusesAnotherTokenAndAnotherStatement() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI sql = URI.create(this.api.baseUrl() + "/_sql?types");
		HttpResponse<String> otherToken = http.send(HttpRequest.newBuilder(sql)
			.header("Authorization", "Bearer other")
			.POST(HttpRequest.BodyPublishers.ofString("{\"stmt\":\"" + SqlFixtures.SELECT_ONE + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> otherStatement = http.send(HttpRequest.newBuilder(sql)
			.header("Authorization", "Bearer " + SqlFixtures.TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString("{\"stmt\":\"SELECT 1\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(otherToken.statusCode()).isEqualTo(401);
		assertThat(otherStatement.statusCode()).isEqualTo(400);
		assertThat(otherStatement.body()).contains("\"code\":4000");
	}

	private static List<?> rows(Object result) {
		return (result instanceof SqlResult sqlResult) ? sqlResult.rows() : ((SqlResponse) result).rows();
	}

}
