package io.cratecloud.client.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudOperationTimeoutException;
import io.cratecloud.client.CrateCloudServerException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterNameAvailability;
import io.cratecloud.client.clusters.ClusterSpec;
import io.cratecloud.client.datajobs.DataJobFile;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.ExportJob;
import io.cratecloud.client.datajobs.ExportJobDestination;
import io.cratecloud.client.datajobs.ExportJobSource;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.testsupport.CrateCloudApiMock;
import io.cratecloud.testsupport.HostileServer;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a hostile server can still try, on both HTTP libraries, over a real socket: a secret
 * it echoes cut in two by a limit of the client, a change whose operation it never lists,
 * URLs it hands out that lead nowhere, and names that would leave the client unchecked.
 */
class HostileAnswersTests {

	private static final String KEY = CrateCloudApiMock.API_KEY;

	private static final String SECRET = CrateCloudApiMock.API_SECRET;

	private static final String CLUSTER_ID = "8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37";

	private static final String ORGANIZATION_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String FILE_ID = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b";

	private final HostileServer server = HostileServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	/** Every library, with every offset at which a limit cuts the secret. */
	static Stream<Arguments> everyLibraryAndCut() {
		return Stream.of(HttpLibrary.values())
			.flatMap((library) -> IntStream.range(1, SECRET.length()).mapToObj((kept) -> Arguments.of(library, kept)));
	}

	@ParameterizedTest(name = "{0}, {1} characters of the secret kept")
	@MethodSource("everyLibraryAndCut")
	void aSecretCutByTheReadLimitLeavesNoPieceInTheMessage(HttpLibrary library, int kept) {
		// The page echoes the secret whole, then once more where reading stops. Between them a
		// comment of three-byte characters: as markup it shows nothing, and it brings the read
		// limit, counted in bytes, within the text the excerpt shows.
		String echoes = ("<p>pw=" + SECRET + "</p>\n").repeat(3);
		int commentBytes = ErrorResponses.ERROR_BODY_LIMIT - echoes.length() - "pw=".length() - kept
				- "<!---->".length();
		String comment = "<!--" + "\u20ac".repeat(commentBytes / 3) + "a".repeat(commentBytes % 3) + "-->";
		assertSecretHidden(library, echoes + comment + "pw=" + SECRET + " and then some more text", "text/html");
	}

	@ParameterizedTest(name = "{0}, {1} characters of the secret kept")
	@MethodSource("everyLibraryAndCut")
	void aSecretCutByTheMarkupLimitLeavesNoPieceInTheMessage(HttpLibrary library, int kept) {
		String filler = "<i>" + "y".repeat(ErrorResponses.MARKUP_LENGTH - "<i>".length() - "pw=".length() - kept);
		assertSecretHidden(library, filler + "pw=" + SECRET + "</i>", "text/html");
	}

	@ParameterizedTest(name = "{0}, {1} characters of the secret kept")
	@MethodSource("everyLibraryAndCut")
	void aSecretCutByTheExcerptLengthLeavesNoPieceInTheMessage(HttpLibrary library, int kept) {
		String filler = "z".repeat(200 - "pw=".length() - kept);
		assertSecretHidden(library, filler + "pw=" + SECRET + " and the rest of the page", "text/plain");
	}

	@ParameterizedTest(name = "{0}, {1} characters of the Basic credentials kept")
	@MethodSource("everyLibraryAndCut")
	void theBasicCredentialsCutByTheExcerptLengthLeaveNoPieceInTheMessage(HttpLibrary library, int kept) {
		String basic = HttpHeaders.encodeBasicAuth(KEY, SECRET, StandardCharsets.UTF_8);
		String filler = "z".repeat(200 - "auth=Basic ".length() - Math.min(kept, basic.length() - 1));
		assertSecretHidden(library, filler + "auth=Basic " + basic + " was refused", "text/plain");
	}

	private void assertSecretHidden(HttpLibrary library, String page, String contentType) {
		this.server.answer((request) -> Reply.status(500).withHeader("Content-Type", contentType).withBody(page));
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudServerException.class).isThrownBy(() -> client.users().me())
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).contains("answered 500");
				assertNoPieceOfTheSecretIn(ex.getMessage());
			});
	}

	private static void assertNoPieceOfTheSecretIn(String text) {
		List<String> forms = List.of(SECRET, Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)),
				HttpHeaders.encodeBasicAuth(KEY, SECRET, StandardCharsets.UTF_8));
		// One character longer than the shortest piece hidden, so that no filler can match.
		int length = Redactor.SHORTEST_PIECE + 1;
		List<String> pieces = new ArrayList<>();
		for (String form : forms) {
			for (int start = 0; start + length <= form.length(); start++) {
				pieces.add(form.substring(start, start + length));
			}
		}
		assertThat(pieces).allSatisfy((piece) -> assertThat(text).doesNotContain(piece));
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aChangeSendsItsOneRequestAndItsWaitEndsWhenTheServerStallsEveryPoll(HttpLibrary library) {
		this.server.answer((request) -> request.method().equals("PUT")
				? Reply.json(200, cluster())
				: Reply.json(200, "{\"operations\": []}").afterStall(HostileServer.MAX_STALL));
		CrateCloudClient client = library.builder(this.server.baseUrl(), Duration.ofSeconds(30))
			.operationPollInterval(Duration.ofMillis(100))
			.build();

		PendingOperation<Cluster> change = client.clusters().scale(CLUSTER_ID, 2);

		assertThat(this.server.requestCount()).as("the change sent its one request, and nothing after it").isOne();
		assertThatExceptionOfType(CrateCloudOperationTimeoutException.class)
			.isThrownBy(() -> change.await(Duration.ofSeconds(1)))
			.withMessageContaining("its operation had not appeared yet")
			.withMessageContaining(change.token());
		assertThat(this.server.awaitConnectionsClosed(Duration.ofSeconds(5)))
			.as("the stalled poll was cut off at the wait's deadline, its connection dropped").isTrue();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void anUploadUrlWithoutASchemeFailsNamingTheCallAndUploadsNothing(HttpLibrary library) {
		this.server.answer((request) -> Reply.json(201, file("upload_url", "storage.example.com/upload?sig=s3cr3t")));
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> client.organizations()
				.files()
				.upload(ORGANIZATION_ID, "sensors.csv", new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3))
			.withMessageContaining("POST /api/v2/organizations/" + ORGANIZATION_ID + "/files/")
			.withMessageContaining("is not an absolute URL with a host")
			.withMessageNotContaining("s3cr3t");
		assertThat(this.server.requestCount()).isOne();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aRelativeOrClearTextDownloadUrlIsNeverHandedOut(HttpLibrary library) {
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();
		ExportJob export = new ExportJob("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", CLUSTER_ID,
				new ExportJobSource("doc.sensors"), new ExportJobDestination(DataJobFormat.CSV, new DataJobFile(FILE_ID, null, null, null, null, null)),
				null, OperationStatus.SUCCEEDED, null, null);

		this.server.answer((request) -> Reply.json(200, file("download_url", "/files/" + FILE_ID + "?sig=s3cr3t")));
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> client.dataJobs().exports().getDownloadUrl(ORGANIZATION_ID, export))
			.withMessageContaining("GET /api/v2/organizations/" + ORGANIZATION_ID + "/files/" + FILE_ID + "/")
			.withMessageContaining("is not an absolute URL with a host")
			.withMessageNotContaining("s3cr3t");

		this.server.answer((request) -> Reply.json(200, file("download_url", "http://storage.example.com/f?sig=s3cr3t")));
		assertThatExceptionOfType(CrateCloudUnexpectedResponseException.class)
			.isThrownBy(() -> client.dataJobs().exports().getDownloadUrl(ORGANIZATION_ID, export))
			.withMessageContaining("uses http, not https")
			.withMessageNotContaining("s3cr3t");

		this.server.answer((request) -> Reply.json(200, file("download_url", "https://storage.example.com/f?sig=1")));
		assertThat(client.dataJobs().exports().getDownloadUrl(ORGANIZATION_ID, export))
			.hasToString("https://storage.example.com/f?sig=1");
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aClusterNameThatIsNoDnsLabelIsRefusedBeforeAnyRequest(HttpLibrary library) {
		CrateCloudClient client = library.builder(this.server.baseUrl()).build();

		assertThatIllegalArgumentException().isThrownBy(() -> ClusterSpec.builder().name("sensör-data"))
			.withMessageContaining("cluster.name must be a DNS label");
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterSpec.builder().name("-sensors"))
			.withMessageContaining("cluster.name must be a DNS label");
		assertThat(client.clusters().checkName("sensör-data")).isEqualTo(ClusterNameAvailability.INVALID);
		assertThat(this.server.requestCount()).isZero();
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void everyFailureAfterARequestIsACrateCloudException(HttpLibrary library) {
		this.server.answer((request) -> Reply.closeWithoutReply());
		CrateCloudClient client = library.builder(this.server.baseUrl()).retry(RetrySettings.disabled()).build();

		assertThatExceptionOfType(CrateCloudException.class).isThrownBy(() -> client.clusters().get(CLUSTER_ID))
			.withMessageContaining("GET /api/v2/clusters/" + CLUSTER_ID + "/");
	}

	private static String cluster() {
		return """
				{"id": "%s", "name": "sensor-data", "crate_version": "5.10.3", "num_nodes": 3,
				 "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "product_name": "cr1", "product_tier": "default",
				 "product_unit": 2, "channel": "stable", "username": "admin", "suspended": false,
				 "deletion_protected": false,
				 "health": {"status": "GREEN", "running_operation": "SCALE", "last_seen": "2026-07-10T10:41:02.983000"}}
				""".formatted(CLUSTER_ID);
	}

	private static String file(String urlField, String url) {
		return """
				{"id": "%s", "organization_id": "%s", "name": "sensors.csv", "file_size": 3, "status": "UPLOADED",
				 "%s": "%s"}
				""".formatted(FILE_ID, ORGANIZATION_ID, urlField, url);
	}

}
