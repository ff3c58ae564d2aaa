package io.cratecloud.client;

import java.util.function.BiConsumer;
import java.util.stream.Stream;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.clusters.ClusterNameAvailability;
import io.cratecloud.testsupport.HostileServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Bad input never leaves the machine: a path variable that could change the path or the
 * request, a region that could become a second header, a base URL that would add to every
 * request. Each fails with an {@link IllegalArgumentException} naming what was wrong, and
 * the server sees no request at all.
 */
class ArgumentsTests {

	private static final String[] HOSTILE_IDS = { "../admin", "a?x=1", "a\r\nX-Injected: yes", "é", "a#b", "50%25",
			"a/b", "a b", "a\tb", "a\u0000b", "x".repeat(10_000) };

	private final HostileServer server = HostileServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	/** Calls that put an id in a path, with the name of the path variable. */
	enum IdCall {

		CLUSTER("cluster_id", (client, id) -> client.clusters().get(id)),

		CLUSTER_OPERATIONS("cluster_id", (client, id) -> client.clusters().listOperations(id)),

		ORGANIZATION("organization_id", (client, id) -> client.organizations().get(id)),

		PROJECT_DELETION("project_id", (client, id) -> client.projects().delete(id)),

		WIZARD_REDIRECT("subscription_id", (client, id) -> client.subscriptions().getWizardRedirect(id));

		private final String variable;

		private final BiConsumer<CrateCloudClient, String> call;

		IdCall(String variable, BiConsumer<CrateCloudClient, String> call) {
			this.variable = variable;
			this.call = call;
		}

	}

	static Stream<org.junit.jupiter.params.provider.Arguments> everyLibraryCallAndHostileId() {
		return Stream.of(HttpLibrary.values())
			.flatMap((library) -> Stream.of(IdCall.values())
				.flatMap((call) -> Stream.of(HOSTILE_IDS)
					.map((id) -> org.junit.jupiter.params.provider.Arguments.of(library, call, id))));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyLibraryCallAndHostileId")
	void anIdThatIsNoPathSegmentFailsBeforeAnyRequest(HttpLibrary library, IdCall call, String id) {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatIllegalArgumentException().isThrownBy(() -> call.call.accept(client, id))
			.withMessageStartingWith(call.variable + " must ");
		assertThat(this.server.requestCount()).as("requests the server saw").isZero();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void clusterNamesTheDocumentRefusesAreInvalidWithoutARequest(HttpLibrary library) {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();

		for (String name : new String[] { "ab", "x".repeat(64), "../admin", "a?x=1", "sensor data", "é-cluster",
				"a\r\nX-Injected: yes" }) {
			assertThat(client.clusters().checkName(name)).as(name).isEqualTo(ClusterNameAvailability.INVALID);
		}
		assertThat(this.server.requestCount()).as("requests the server saw").isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "aks1.eastus2.azure\r\nX-Injected: yes", "eu-west-1\n", "r\u00e9gion", "eu\u0000west",
			"eu\u2028west" })
	void aRegionThatCouldBreakTheHeaderFailsAtTheBuilder(String region) {
		assertThatIllegalArgumentException().isThrownBy(() -> CrateCloudClient.builder().region(region))
			.withMessageStartingWith("region must be printable ASCII");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://console.cratedb.cloud/api", "https://console.cratedb.cloud/api/v2/",
			"https://console.cratedb.cloud?token=abc", "https://console.cratedb.cloud/?token=abc",
			"https://console.cratedb.cloud#top", "https://key:hunter2@console.cratedb.cloud",
			"http://key:hunter2@127.0.0.1:8080" })
	void aBaseUrlWithMoreThanSchemeHostAndPortFailsAtTheBuilder(String baseUrl) {
		assertThatIllegalArgumentException().isThrownBy(() -> CrateCloudClient.builder().baseUrl(baseUrl))
			.withMessageStartingWith("baseUrl must be a scheme, host and port only")
			.withMessageNotContaining("hunter2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://console.cratedb.cloud", "https://console.cratedb.cloud/",
			"https://console.cratedb.cloud:443", "http://127.0.0.1:8080", "http://localhost:8080/" })
	void aBaseUrlOfSchemeHostAndPortIsAccepted(String baseUrl) {
		assertThatNoException().isThrownBy(() -> CrateCloudClient.builder().baseUrl(baseUrl));
	}

}
