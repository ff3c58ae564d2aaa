package io.cratecloud.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The fake as a local server of its own, started as a user starts it, in a JVM of its own,
 * and driven from outside any JVM, with curl, as croud or a script would drive it.
 */
class FakeCrateCloudServerTests {

	private static final Path CURL = Path.of("/usr/bin/curl");

	@TempDir
	Path directory;

	private Process server;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.server != null) {
			this.server.destroy();
			assertThat(this.server.waitFor(30, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
		}
	}

	@Test
	void startedWithASeedFileItServesCurlAndPrintsHowToReachIt() throws Exception {
		Path seed = this.directory.resolve("estate.json");
		Files.writeString(seed, """
				{"organizations": [{"name": "Initech", "projects": [{"name": "reports",
				  "clusters": [{"name": "ledger", "nodes": 3}, {"name": "cold", "suspended": true}]}]}]}
				""");
		Path croudHome = this.directory.resolve("croud");
		List<String> printed = start("--port=0", "--api-key=local-key", "--api-secret=local-secret",
				"--seed=" + seed, "--operation-step=100ms", "--croud-config=" + croudHome);
		String baseUrl = printed.get(0).substring(FakeCrateCloudServer.LISTENING.length());
		assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
		assertThat(printed).contains("  curl -u local-key:local-secret " + baseUrl + "/api/v2/clusters/",
				"  export XDG_CONFIG_HOME=" + croudHome, "  croud clusters list");
		assertThat(Files.readString(croudHome.resolve("Crate/croud.yaml"))).contains("current-profile: fake",
				"endpoint: " + baseUrl, "key: 'local-key'", "secret: 'local-secret'");
		Assumptions.assumeTrue(Files.isExecutable(CURL), "curl is not installed");

		String clusters = curl("-u", "local-key:local-secret", baseUrl + "/api/v2/clusters/");
		assertThat(clusters).contains("\"name\":\"ledger\"", "\"name\":\"cold\"");
		String coldId = null;
		for (JsonNode cluster : JsonMapper.builder().build().readTree(clusters)) {
			if (cluster.path("name").asString().equals("cold")) {
				coldId = cluster.path("id").asString();
			}
		}
		assertThat(coldId).isNotBlank();
		assertThat(curl("-u", "local-key:local-secret", "-X", "PUT", "-H", "Content-Type: application/json", "-d",
				"{\"suspended\": false}", baseUrl + "/api/v2/clusters/" + coldId + "/suspend/"))
			.contains("\"name\":\"cold\"");
		assertThat(curl("-u", "local-key:local-secret", baseUrl + "/api/v2/clusters/" + coldId + "/operations/"))
			.contains("\"type\":\"SUSPEND\"");
		assertThat(curl("-o", "/dev/null", "-w", "%{http_code}", "-u", "local-key:wrong", baseUrl + "/api/v2/clusters/"))
			.isEqualTo("401");
	}

	@Test
	void withoutOptionsItServesTheDemoEstateOnTheDefaultCredentials() throws Exception {
		List<String> printed = start("--port=0");
		String baseUrl = printed.get(0).substring(FakeCrateCloudServer.LISTENING.length());
		assertThat(printed).contains("  curl -u fake-key:fake-secret " + baseUrl + "/api/v2/clusters/");
		Assumptions.assumeTrue(Files.isExecutable(CURL), "curl is not installed");

		assertThat(curl("-u", "fake-key:fake-secret", baseUrl + "/api/v2/clusters/")).contains("\"name\":\"sensors\"",
				"\"name\":\"archive\"");
	}

	@Test
	void aWrongOptionIsNamedWithTheUsage() throws Exception {
		Process process = new ProcessBuilder(command("--port=70000")).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(output).contains("--port must be 0 to 65535; got '70000'.", "Usage: FakeCrateCloudServer");
	}

	@Test
	void optionsAreReadAsTheUsageSays() {
		FakeCrateCloudServer.Options options = FakeCrateCloudServer.Options.parse("--port=0", "--api-key=k",
				"--operation-step=250ms");
		assertThat(options.port).isZero();
		assertThat(options.apiKey).isEqualTo("k");
		assertThat(options.apiSecret).isEqualTo(FakeCrateCloudServer.DEFAULT_API_SECRET);
		assertThat(options.operationStep).hasMillis(250);
		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudServer.Options.parse("--seed=/no/such/file"))
			.withMessageContaining("--seed names no file");
		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudServer.Options.parse("--operation-step=soon"))
			.withMessageContaining("--operation-step=soon is not a duration");
		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudServer.Options.parse("--verbose=true"))
			.withMessage("Unknown option --verbose.");
		assertThatIllegalArgumentException().isThrownBy(() -> FakeCrateCloudServer.Options.parse("port=1"))
			.withMessageContaining("--name=value");
	}

	/** Starts the server and reads what it prints up to its last line of instructions. */
	private List<String> start(String... options) throws IOException {
		this.server = new ProcessBuilder(command(options)).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(this.server.getInputStream(), StandardCharsets.UTF_8));
		List<String> printed = new ArrayList<>();
		String line;
		while ((line = out.readLine()) != null) {
			if (printed.isEmpty() && !line.startsWith(FakeCrateCloudServer.LISTENING)) {
				continue;
			}
			printed.add(line);
			if (line.startsWith("Stop it with")) {
				return printed;
			}
		}
		throw new IllegalStateException("The server ended before it listened: " + printed);
	}

	private static List<String> command(String... options) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), FakeCrateCloudServer.class.getName()));
		command.addAll(List.of(options));
		return command;
	}

	private static String curl(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(CURL.toString(), "--silent", "--show-error", "--max-time", "30"));
		command.addAll(List.of(arguments));
		Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(curl.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(curl.exitValue()).as("curl %s: %s", command, output).isZero();
		return output;
	}

}
