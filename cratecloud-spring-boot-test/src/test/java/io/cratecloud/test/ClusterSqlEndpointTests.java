package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.clusters.ClusterJwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster's SQL endpoint on the fake, where no database is needed: its address, who it lets
 * in, which clusters answer, how it reads a request, its journal and its faults. What it runs
 * on a database is {@link ClusterSqlEndpointPostgresTests}'.
 */
class ClusterSqlEndpointTests {

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	private static final String SELECT = SqlEndpointHttp.body("stmt", "select 1");

	private final FakeCrateCloud fake = FakeCrateCloud.builder().manualClock(START).start();

	private final CrateCloudClient client = CrateCloudClient.builder()
		.baseUrl(this.fake.baseUrl())
		.credentials(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()))
		.build();

	private final SqlEndpointHttp http = new SqlEndpointHttp();

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	// Its endpoint points at a port nothing listens on: these tests never get as far.
	private final String sensors = this.analytics.cluster("sensors").username("sensors_app").create();

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void aClustersUrlIsItsSqlEndpointOnTheFake() {
		String url = this.client.clusters().get(this.sensors).url();

		assertThat(url).isEqualTo(this.fake.baseUrl() + "/_clusters/" + this.sensors);
		// The fqdn stays the service's shape, for the DataSource.
		assertThat(this.client.clusters().get(this.sensors).fqdn()).endsWith(".cratedb.net.");
	}

	@Test
	void withoutCredentialsCrateDbAsksForThePasswordOfItsDefaultUserInPlainText() {
		HttpResponse<String> response = this.http.post(url(this.sensors), "", null, Map.of(), SELECT);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo("password authentication failed for user \"crate\"\n");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValue("Basic realm=\"CrateDB Authenticator\"");
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/plain"));
	}

	@Test
	void theApisCredentialsDoNotOpenIt() {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((this.fake.apiKey() + ":" + this.fake.apiSecret()).getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = this.http.post(url(this.sensors), "", basic, Map.of(), SELECT);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body())
			.isEqualTo("password authentication failed for user \"" + this.fake.apiKey() + "\"\n");
	}

	@Test
	void aTokenOfAnotherClusterARefreshTokenAForgedOneOrAnotherSchemeIsRefused() {
		String archive = this.analytics.cluster("archive").create();
		ClusterJwt archiveJwt = this.client.clusters().getJwt(archive);
		ClusterJwt jwt = this.client.clusters().getJwt(this.sensors);
		String[] parts = jwt.token().split("\\.");
		// The other cluster's claims under this cluster's token's signature.
		String forged = parts[0] + "." + archiveJwt.token().split("\\.")[1] + "." + parts[2];

		assertThat(refusal("Bearer " + archiveJwt.token()))
			.isEqualTo("jwt authentication failed for user sensors_app. Reason: The Token is for cluster '" + archive
					+ "', not this one\n");
		assertThat(refusal("Bearer " + jwt.refresh()))
			.isEqualTo("jwt authentication failed for user sensors_app. Reason: The Token is not an access token "
					+ "(token_use 'refresh')\n");
		assertThat(refusal("Bearer " + forged)).startsWith("jwt authentication failed for user sensors_app. Reason: "
				+ "The Token's Signature resulted invalid");
		assertThat(refusal("Bearer not-a-token")).contains("The Token's Signature resulted invalid");
		assertThat(refusal("Token " + jwt.token()))
			.isEqualTo("Only basic or bearer HTTP Authentication schemes are allowed.\n");
		assertThat(refusal("Bearer")).startsWith("Authorization header must contain auth scheme");
	}

	@Test
	void aTokenIsTakenUntilItExpiresByTheFakesClockAndItsRefreshOpensItAgain() {
		ClusterJwt jwt = this.client.clusters().getJwt(this.sensors);
		this.fake.advance(MetadataApi.TOKEN_LIFETIME.minusSeconds(1));

		// Let in: without a database behind the cluster, the refusal is the missing backend's.
		assertThat(this.http.post(url(this.sensors), "", jwt.token(), SELECT).statusCode()).isEqualTo(500);

		this.fake.advance(Duration.ofSeconds(1));

		assertThat(refusal("Bearer " + jwt.token())).isEqualTo("jwt authentication failed for user sensors_app. "
				+ "Reason: The Token has expired on " + START.plus(MetadataApi.TOKEN_LIFETIME) + ".\n");
		ClusterJwt renewed = this.client.metadata().refreshJwt(jwt.refresh());
		assertThat(this.http.post(url(this.sensors), "", renewed.token(), SELECT).statusCode()).isEqualTo(500);
	}

	@Test
	void aClusterWithoutADatabaseBehindItSaysHowToSeedOne() {
		HttpResponse<String> response = this.http.post(url(this.sensors), "", token(this.sensors), SELECT);

		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode error = SqlEndpointHttp.json(response).get("error");
		assertThat(error.get("code").asInt()).isEqualTo(5000);
		assertThat(error.get("message").asString()).startsWith("UnhandledServerException[The fake has no SQL backend "
				+ "for cluster " + this.sensors + ": seed it with ClusterSeed.sqlEndpoint(host, port)");
	}

	@Test
	void aSuspendedClusterOrOneBeingDeployedIsUnavailable() {
		String archive = this.analytics.cluster("archive").sqlEndpoint("127.0.0.1", 5432).suspended().create();

		HttpResponse<String> suspended = this.http.post(url(archive), "", token(archive), SELECT);

		assertThat(suspended.statusCode()).isEqualTo(503);
		assertThat(SqlEndpointHttp.json(suspended).get("error").get("code").asInt()).isEqualTo(5030);
		assertThat(SqlEndpointHttp.json(suspended).get("error").get("message").asString())
			.isEqualTo("ServiceUnavailableException[Cluster 'archive' is suspended: resume it first]");
		// Unavailable before any credentials are looked at: there is nothing to log in to.
		assertThat(this.http.post(url(archive), "", null, Map.of(), SELECT).statusCode()).isEqualTo(503);

		HttpResponse<String> deployed = new FakeHttp(this.fake).send("POST",
				"/api/v2/organizations/" + this.acme.id() + "/clusters/",
				SqlEndpointHttp.body("subscription_id", this.acme.subscriptionId(), "project_id", this.analytics.id(),
						"cluster", Map.of("name", "devices", "product_name", "cr1", "product_tier", "default",
								"crate_version", "5.10.3", "username", "admin", "password", "a".repeat(24))));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
		String deploying = SqlEndpointHttp.json(deployed).get("id").asString();
		assertThat(this.http.post(url(deploying), "", token(deploying), SELECT).statusCode()).isEqualTo(503);
	}

	@Test
	void aClusterThatDoesNotExistIsNotFound() {
		String url = this.fake.baseUrl() + "/_clusters/00000000-0000-4000-8000-000000000000";

		HttpResponse<String> response = this.http.post(url, "", token(this.sensors), SELECT);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(SqlEndpointHttp.json(response).get("error").get("code").asInt()).isEqualTo(4040);
	}

	@Test
	void aBodyIsReadAsCrateDbReadsIt() {
		String token = token(this.sensors);

		assertThat(error(this.http.post(url(this.sensors), "", token, ""))).containsExactly("400", "4000",
				"SQLParseException[Missing request body]");
		assertThat(error(this.http.post(url(this.sensors), "", token, "[1]"))).containsExactly("400", "4000",
				"SQLParseException[Can't parse [[1]]. Expecting payload with `stmt` string and `args` or `bulk_args` "
						+ "arrays]");
		assertThat(error(this.http.post(url(this.sensors), "", token, "{\"stmt\": \"select 1\", \"limit\": 1}")))
			.element(1)
			.isEqualTo("4000");
		assertThat(error(this.http.post(url(this.sensors), "", token, "{\"args\": [1]}"))).containsExactly("500",
				"5000", "SQLParseSourceException[Field [stmt] is missing]");
		assertThat(error(this.http.post(url(this.sensors), "", token,
				SqlEndpointHttp.body("stmt", "insert into t values (?)", "args", List.of(1), "bulk_args",
						List.of(List.of(2))))))
			.containsExactly("400", "4000",
					"SQLParseException[request body contains args and bulk_args. It's forbidden to provide both]");
		// A placeholder without an argument.
		assertThat(error(this.http.post(url(this.sensors), "", token,
				SqlEndpointHttp.body("stmt", "select $2", "args", List.of(1)))))
			.containsExactly("400", "4000", "SQLParseException[The query contains a parameter placeholder $2, but "
					+ "there are only 1 parameter values]");
	}

	@Test
	void itsRequestsAreInTheJournalWithTheTokenMaskedAndFaultsApply() {
		String token = token(this.sensors);
		this.fake.clearRequests();
		this.fake.injectFault("POST", "/_clusters/{cluster_id}/_sql", 1, Fault.status(503));

		HttpResponse<String> faulty = this.http.post(url(this.sensors), "?types", token, SELECT);
		HttpResponse<String> next = this.http.post(url(this.sensors), "?types", token, SELECT);

		assertThat(faulty.statusCode()).isEqualTo(503);
		assertThat(SqlEndpointHttp.json(faulty).get("error").get("code").asInt()).isEqualTo(5030);
		assertThat(next.statusCode()).isEqualTo(500);
		this.fake.verify(RequestCount.exactly(2), "POST", "/_clusters/{cluster_id}/_sql");
		assertThat(this.fake.requests("POST", "/_clusters/" + this.sensors + "/_sql")).hasSize(2)
			.allSatisfy((exchange) -> {
				assertThat(exchange.requestHeader("Authorization")).isEqualTo("Bearer ****");
				assertThat(exchange.query()).isEqualTo("types");
				assertThat(exchange.toString()).doesNotContain(token);
			});
	}

	private String url(String clusterId) {
		return this.fake.baseUrl() + "/_clusters/" + clusterId;
	}

	private String token(String clusterId) {
		return this.client.clusters().getJwt(clusterId).token();
	}

	private String refusal(String authorization) {
		HttpResponse<String> response = this.http.post(url(this.sensors), "", authorization, Map.of(), SELECT);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		return response.body();
	}

	private static List<String> error(HttpResponse<String> response) {
		JsonNode error = SqlEndpointHttp.json(response).get("error");
		return List.of(Integer.toString(response.statusCode()), error.get("code").asString(),
				error.get("message").asString());
	}

}
