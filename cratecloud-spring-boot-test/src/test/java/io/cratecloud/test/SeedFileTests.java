package io.cratecloud.test;

import java.nio.file.Files;
import java.nio.file.Path;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.organizations.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An estate read from a JSON seed file, as the standalone server and
 * {@link FakeCrateCloudConfiguration} take it.
 */
class SeedFileTests {

	@TempDir
	Path directory;

	@Test
	void everyFieldOfTheFileIsSeeded() throws Exception {
		Path file = write("""
				{
				  "organizations": [
				    {"name": "Acme", "projects": [
				      {"name": "analytics", "clusters": [
				        {"name": "sensors", "nodes": 3, "tier": "default", "product": "cr2",
				         "crate-version": "5.9.2", "username": "crate", "sql-endpoint": "127.0.0.1",
				         "deletion-protected": true},
				        {"name": "archive", "suspended": true}
				      ]}
				    ]},
				    {"name": "Globex"}
				  ],
				  "users": ["colleague@example.com"],
				  "superuser": true
				}
				""");

		try (FakeCrateCloud fake = FakeCrateCloud.builder().seed(FakeCrateCloudSeed.fromJson(file)).start()) {
			CrateCloudClient client = CrateCloudClient.builder()
				.baseUrl(fake.baseUrl())
				.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
				.build();
			assertThat(client.organizations().list()).extracting(Organization::name).containsExactly("Acme", "Globex");
			Cluster sensors = client.clusters().list().stream().filter((c) -> c.name().equals("sensors")).findFirst()
				.orElseThrow();
			assertThat(sensors.productName()).isEqualTo("cr2");
			assertThat(sensors.crateVersion()).isEqualTo("5.9.2");
			assertThat(sensors.username()).isEqualTo("crate");
			assertThat(sensors.fqdn()).isEqualTo("127.0.0.1.");
			assertThat(sensors.deletionProtected()).isTrue();
			Cluster archive = client.clusters().list().stream().filter((c) -> c.name().equals("archive")).findFirst()
				.orElseThrow();
			assertThat(archive.suspended()).isTrue();
			assertThat(archive.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
			assertThat(client.users().me().isSuperuser()).isTrue();
			assertThat(client.users().list()).extracting((user) -> user.email()).contains("colleague@example.com");
		}
	}

	@Test
	void aClustersSqlEndpointGetsItsDatabaseFromTheFileAndItsPasswordFromTheEnvironment() throws Exception {
		int freePort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		Path file = write("""
				{"organizations": [{"name": "Acme", "projects": [{"name": "analytics", "clusters": [
				  {"name": "sensors", "sql-endpoint": "127.0.0.1", "sql-port": %d, "sql-database": "telemetry",
				   "sql-password-env": "PATH"},
				  {"name": "archive"}]}]}]}
				""".formatted(freePort));

		try (FakeCrateCloud fake = FakeCrateCloud.builder().seed(FakeCrateCloudSeed.fromJson(file)).start()) {
			CrateCloudClient client = CrateCloudClient.builder()
				.baseUrl(fake.baseUrl())
				.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
				.retry(io.cratecloud.client.RetrySettings.disabled())
				.build();
			String sensors = id(client, "sensors");
			String archive = id(client, "archive");
			// The seeded database is tried (nothing listens on its port), where a cluster without
			// one is told it has none.
			assertThatExceptionOfType(io.cratecloud.client.sql.CrateDbSqlException.class)
				.isThrownBy(() -> client.clusters().sql(sensors).sql("SELECT 1").query())
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(5030));
			assertThatExceptionOfType(io.cratecloud.client.sql.CrateDbSqlException.class)
				.isThrownBy(() -> client.clusters().sql(archive).sql("SELECT 1").query())
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(5000));
		}
	}

	@Test
	void theSqlFieldsNeedAnEndpointAndASetVariable() throws Exception {
		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudSeed.fromJson(write("""
				{"organizations": [{"name": "A", "projects": [{"name": "p", "clusters": [
				  {"name": "c", "sql-port": 5432}]}]}]}
				"""))).withMessageContaining("need 'sql-endpoint'");
		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudSeed.fromJson(write("""
				{"organizations": [{"name": "A", "projects": [{"name": "p", "clusters": [
				  {"name": "c", "sql-endpoint": "127.0.0.1", "sql-password-env": "CRATECLOUD_TEST_SURELY_UNSET_42"}]}]}]}
				"""))).withMessageContaining("CRATECLOUD_TEST_SURELY_UNSET_42, which is not set");
	}

	private static String id(CrateCloudClient client, String name) {
		return client.clusters().list().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow().id();
	}

	@Test
	void aMistypedFieldFailsNamingItAndWhereItStands() throws Exception {
		Path file = write("""
				{"organizations": [{"name": "Acme", "projects": [{"name": "analytics",
				  "clusters": [{"name": "sensors", "node": 3}]}]}]}
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudSeed.fromJson(file))
			.withMessageContaining("unknown field 'node' in organizations[0].projects[0].clusters[0]")
			.withMessageContaining("nodes");
	}

	@Test
	void wrongTypesAndMissingNamesAreNamed() throws Exception {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FakeCrateCloudSeed.fromJson(write("{\"organizations\": [{\"projects\": []}]}")))
			.withMessageContaining("organizations[0] needs a 'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FakeCrateCloudSeed.fromJson(write("{\"organizations\": {\"name\": \"Acme\"}}")))
			.withMessageContaining("'organizations' of the top level must be a list");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FakeCrateCloudSeed.fromJson(write(
					"{\"organizations\": [{\"name\": \"A\", \"projects\": [{\"name\": \"p\", \"clusters\": [{\"name\": \"c\", \"nodes\": \"3\"}]}]}]}")))
			.withMessageContaining("'nodes' of organizations[0].projects[0].clusters[0] must be a whole number");
		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudSeed.fromJson(write("{\"organizations\": [")))
			.withMessageContaining("is not valid JSON");
	}

	private Path write(String json) throws Exception {
		Path file = Files.createTempFile(this.directory, "estate", ".json");
		Files.writeString(file, json);
		return file;
	}

}
