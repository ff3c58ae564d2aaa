package io.cratecloud.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The default chain of credentials, in the order users expect, and croud's configuration file
 * as croud writes it.
 */
class CrateCloudCredentialsChainTests {

	private static final String CROUD_YAML = """
			current-profile: work
			default-format: table
			profiles:
			  cratedb.cloud:
			    auth-token: null
			    endpoint: https://console.cratedb.cloud
			    key: null
			    organization-id: null
			    region: _any_
			    secret: null
			  work:
			    auth-token: null
			    endpoint: https://console.cratedb.cloud
			    key: made-up-croud-key
			    organization-id: 0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33
			    region: _any_
			    secret: made-up-croud-secret
			""";

	private final Map<String, String> environment = new HashMap<>();

	@TempDir
	Path home;

	@Test
	void thisClientsVariablesComeFirst() throws IOException {
		this.environment.put("CRATECLOUD_APIKEY", "made-up-key");
		this.environment.put("CRATECLOUD_APISECRET", "made-up-secret");
		this.environment.put("CRATEDB_CLOUD_API_KEY", "made-up-croud-env-key");
		this.environment.put("CRATEDB_CLOUD_API_SECRET", "made-up-croud-env-secret");

		assertThat(chain(true, croudFile(CROUD_YAML)).getCredentials())
			.isEqualTo(CrateCloudCredentials.of("made-up-key", "made-up-secret"));
	}

	@Test
	void croudsVariablesComeBeforeItsFile() throws IOException {
		this.environment.put("CRATEDB_CLOUD_API_KEY", "made-up-croud-env-key");
		this.environment.put("CRATEDB_CLOUD_API_SECRET", "made-up-croud-env-secret");

		assertThat(chain(true, croudFile(CROUD_YAML)).getCredentials())
			.isEqualTo(CrateCloudCredentials.of("made-up-croud-env-key", "made-up-croud-env-secret"));
	}

	@Test
	void theCurrentProfileOfCroudsFileComesLast() throws IOException {
		assertThat(chain(false, croudFile(CROUD_YAML)).getCredentials())
			.isEqualTo(CrateCloudCredentials.of("made-up-croud-key", "made-up-croud-secret"));
	}

	@Test
	void aChangedFileIsReadAgain() throws IOException {
		Path file = croudFile(CROUD_YAML);
		CrateCloudCredentialsChain chain = chain(false, file);
		chain.getCredentials();

		Files.writeString(file, CROUD_YAML.replace("made-up-croud-secret", "rotated-croud-secret"));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

		assertThat(chain.getCredentials().apiSecret()).isEqualTo("rotated-croud-secret");
	}

	@Test
	void withNoSourceTheFailureSaysWhatEachHeld() throws IOException {
		this.environment.put("CRATEDB_CLOUD_API_KEY", "made-up-croud-env-key");
		Path file = croudFile(CROUD_YAML.replace("current-profile: work", "current-profile: cratedb.cloud"));

		assertThatIllegalStateException().isThrownBy(() -> chain(true, file).getCredentials())
			.withMessageContaining("CRATECLOUD_APIKEY and CRATECLOUD_APISECRET are not set")
			.withMessageContaining("CRATEDB_CLOUD_API_KEY and CRATEDB_CLOUD_API_SECRET are not both set "
					+ "(only CRATEDB_CLOUD_API_KEY is)")
			.withMessageContaining("its current profile 'cratedb.cloud' has no key and secret")
			.withMessageNotContaining("made-up");
	}

	@Test
	void aProfileWithOnlyASessionTokenSaysToMakeAnApiKey() throws IOException {
		Path file = croudFile(CROUD_YAML.replace("key: made-up-croud-key", "key: null")
			.replace("secret: made-up-croud-secret", "secret: null")
			.replaceFirst("auth-token: null\n    endpoint: https://console.cratedb.cloud\n    key: null\n    "
					+ "organization-id: 0f9a", "auth-token: made-up-session\n    endpoint: https://console.cratedb.cloud\n"
							+ "    key: null\n    organization-id: 0f9a"));

		assertThatIllegalStateException().isThrownBy(() -> chain(false, file).getCredentials())
			.withMessageContaining("only an auth-token")
			.withMessageContaining("croud api-keys create")
			.withMessageNotContaining("made-up-session");
	}

	@Test
	void aMissingOrBrokenFileIsSaidSo() throws IOException {
		assertThat(chain(false, this.home.resolve("absent.yaml")).describe())
			.anySatisfy((line) -> assertThat(line).endsWith("absent.yaml does not exist"));
		assertThat(chain(false, croudFile("current-profile: [unclosed")).describe())
			.anySatisfy((line) -> assertThat(line).contains("cannot be read"));
		assertThat(chain(false, croudFile("current-profile: gone\nprofiles: {}\n")).describe())
			.anySatisfy((line) -> assertThat(line).contains("has no profile 'gone'"));
	}

	@Test
	void croudsFileIsWhereCroudKeepsIt() {
		Map<String, String> variables = Map.of("XDG_CONFIG_HOME", "/xdg", "LOCALAPPDATA", "C:\\Users\\ada\\AppData\\Local");

		assertThat(CrateCloudCredentialsChain.croudConfigurationFile((name) -> null, "Linux", "/home/ada"))
			.isEqualTo(Path.of("/home/ada/.config/Crate/croud.yaml"));
		assertThat(CrateCloudCredentialsChain.croudConfigurationFile(variables::get, "Linux", "/home/ada"))
			.isEqualTo(Path.of("/xdg/Crate/croud.yaml"));
		assertThat(CrateCloudCredentialsChain.croudConfigurationFile((name) -> null, "Mac OS X", "/Users/ada"))
			.isEqualTo(Path.of("/Users/ada/Library/Application Support/Crate/croud.yaml"));
		assertThat(CrateCloudCredentialsChain.croudConfigurationFile(variables::get, "Windows 11", "C:\\Users\\ada"))
			.isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Local", "Crate", "Crate", "croud.yaml"));
	}

	private CrateCloudCredentialsChain chain(boolean clientVariables, Path file) {
		return CrateCloudCredentialsChain.of(clientVariables, this.environment::get, file);
	}

	private Path croudFile(String yaml) throws IOException {
		Path directory = Files.createDirectories(this.home.resolve(".config/Crate"));
		return Files.writeString(directory.resolve("croud.yaml"), yaml);
	}

}
