package io.cratecloud.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.internal.HostileMemoryCases.Case;
import io.cratecloud.testsupport.HostileServer;
import io.cratecloud.testsupport.HostileServer.RecordedRequest;
import io.cratecloud.testsupport.HostileServer.Reply;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a server sends exhausts memory: a 300 MB body, a 50 MB JSON string, a gzip body
 * that inflates to 300 MB and a 503 with a 300 MB page each end in a
 * {@link io.cratecloud.client.CrateCloudException} under a 256 MB heap, on both HTTP
 * libraries. The cases run in one JVM of their own ({@link HostileMemoryCases}), so that an
 * {@link OutOfMemoryError} cannot take the test JVM with it; the server runs here.
 */
class BoundedBodiesTests {

	private static final long MB = 1024 * 1024;

	private static final long LIMIT = 32 * MB;

	private static final long CHILD_TIMEOUT_SECONDS = 150;

	@Test
	void nothingTheServerSendsExhaustsASmallHeap(@TempDir Path temp) throws Exception {
		Map<String, String> outcomes;
		try (HostileServer server = HostileServer.start(BoundedBodiesTests::answer)) {
			outcomes = runCases(server.baseUrl(), temp.resolve("cases.log"));
		}

		SoftAssertions softly = new SoftAssertions();
		for (HttpLibrary library : HttpLibrary.values()) {
			String hugeBody = outcomes.get(Case.HUGE_BODY + " " + library);
			softly.assertThat(hugeBody).as("300 MB body, %s", library)
				.startsWith("io.cratecloud.client.CrateCloudUnexpectedResponseException ")
				.contains("GET /api/v2/clusters/huge-body/")
				.contains("with a body of more than " + LIMIT + " bytes")
				.contains("reading stopped after " + LIMIT + " bytes")
				.contains("raise cratecloud.max-response-size")
				.contains("CrateCloudClient.Builder.maxResponseSize");
			softly.assertThat(outcomes.get(Case.HUGE_JSON_STRING + " " + library))
				.as("50 MB JSON string, %s", library)
				.startsWith("io.cratecloud.client.CrateCloudUnexpectedResponseException ")
				.contains("the body cannot be read as")
				.doesNotContain("aaaaaaaa");
			// HttpClient 5 inflates what it reads, and the inflated bytes are counted; the JDK
			// client asks for no compression and inflates nothing, so the bomb stays unreadable.
			softly.assertThat(outcomes.get(Case.GZIP_BOMB + " " + library)).as("gzip bomb, %s", library)
				.startsWith("io.cratecloud.client.CrateCloudUnexpectedResponseException ")
				.contains((library == HttpLibrary.JDK) ? "the body cannot be read as"
						: "with a body of more than " + LIMIT + " bytes");
			softly.assertThat(outcomes.get(Case.HUGE_ERROR_PAGE + " " + library))
				.as("503 with a 300 MB page, %s", library)
				.startsWith("io.cratecloud.client.CrateCloudServerException ")
				.contains("answered 503 Service Unavailable")
				.contains("Service Unavailable")
				.hasSizeLessThan(1000);
		}
		softly.assertThat(outcomes.values()).as("no outcome is an Error")
			.noneMatch((outcome) -> outcome.split(" ")[0].endsWith("Error"));
		softly.assertAll();
	}

	@Test
	void aBodyIsReadUpToItsLimitAndNoFurther() throws IOException {
		byte[] body = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);

		BoundedBodies.Read within = BoundedBodies.read(new ByteArrayInputStream(body), 1000);
		BoundedBodies.Read beyond = BoundedBodies.read(new ByteArrayInputStream(body), 999);

		assertThat(within.truncated()).isFalse();
		assertThat(within.bytes()).hasSize(1000);
		assertThat(beyond.truncated()).isTrue();
		assertThat(beyond.bytes()).hasSize(999);
		assertThat(BoundedBodies.read(null, 10).bytes()).isEmpty();
	}

	@Test
	void theAnnouncedLengthIsAHintThatNeverChangesWhatIsRead() throws IOException {
		byte[] body = "y".repeat(1000).getBytes(StandardCharsets.UTF_8);

		for (long announced : new long[] { -1, 0, 10, 999, 1000, 1001, 5000, 1_000_000 }) {
			BoundedBodies.Read whole = BoundedBodies.read(new ByteArrayInputStream(body), 1000, announced);
			BoundedBodies.Read cut = BoundedBodies.read(new ByteArrayInputStream(body), 999, announced);
			assertThat(whole.truncated()).as("announced %d", announced).isFalse();
			assertThat(whole.bytes()).as("announced %d", announced).isEqualTo(body);
			assertThat(cut.truncated()).as("announced %d", announced).isTrue();
			assertThat(cut.bytes()).as("announced %d", announced).hasSize(999);
		}
		assertThat(BoundedBodies.read(new ByteArrayInputStream(new byte[0]), 1000, 0).bytes()).isEmpty();
	}

	private static Reply answer(RecordedRequest request) {
		Case memoryCase = request.path().startsWith("/api/v2/clusters/")
				? Case.of(request.path().substring("/api/v2/clusters/".length()).replace("/", "")) : null;
		if (memoryCase == null) {
			return Reply.json(404, "{\"message\": \"Not found.\", \"success\": false}");
		}
		return switch (memoryCase) {
			case HUGE_BODY -> Reply.status(200)
				.withHeader("Content-Type", "application/json")
				.withGeneratedBody("{\"id\": \"huge-body\", \"name\": \"", 'n', 300 * MB, "\"}");
			case HUGE_JSON_STRING -> Reply.status(200)
				.withHeader("Content-Type", "application/json")
				.withGeneratedBody("{\"id\": \"huge-json-string\", \"name\": \"", 'a', 50 * MB, "\"}");
			case GZIP_BOMB -> GZIP_BOMB;
			case HUGE_ERROR_PAGE -> Reply.status(503)
				.withHeader("Content-Type", "text/html")
				.withGeneratedBody("<html><head><title>503</title></head><body><h1>Service Unavailable</h1><p>", 'x',
						300 * MB, "</p></body></html>");
		};
	}

	/** Compressed once, when first asked for, and sent to both libraries. */
	private static final Reply GZIP_BOMB = Reply.status(200)
		.withHeader("Content-Type", "application/json")
		.withGzippedBody("{\"id\": \"gzip-bomb\", \"name\": \"", 'z', 300 * MB, "\"}");

	private static Map<String, String> runCases(String baseUrl, Path log) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp",
				System.getProperty("java.class.path"), HostileMemoryCases.class.getName(), baseUrl));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean exited = process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		if (!exited) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		String output = Files.readString(log);
		System.out.println("[memory cases]\n" + output);
		assertThat(exited).as("the cases ended within %s s:\n%s", CHILD_TIMEOUT_SECONDS, output).isTrue();
		assertThat(process.exitValue()).as("exit code of the cases' JVM:\n%s", output).isZero();
		assertThat(output).as("the cases' JVM").contains("HEAP ").contains("DONE");
		long heap = Long.parseLong(output.lines()
			.filter((line) -> line.startsWith("HEAP "))
			.findFirst()
			.orElseThrow()
			.substring(5)
			.trim());
		assertThat(heap).as("the cases' heap").isLessThanOrEqualTo(256 * MB);
		Map<String, String> outcomes = new LinkedHashMap<>();
		output.lines().filter((line) -> line.startsWith("RESULT ")).forEach((line) -> {
			String[] parts = line.split(" ", 4);
			outcomes.put(parts[1] + " " + parts[2], (parts.length > 3) ? parts[3] : "");
		});
		assertThat(outcomes).as("outcomes").hasSize(Case.values().length * HttpLibrary.values().length);
		return outcomes;
	}

}
