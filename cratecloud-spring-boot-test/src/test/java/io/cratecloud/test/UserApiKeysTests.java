package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.util.List;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.users.ApiKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserApiKeysTests extends FakeApiTests {

	private static final String UNKNOWN_KEY_PATH = "/api/v2/users/me/api-keys/no-such-key/";

	UserApiKeysTests() {
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("\"yes\""));
		// The document lists neither 404 nor 400 for changing or deleting an API key, but
		// the fake, as the service, refuses unknown keys and bodies that are wrong.
		offDocument((exchange) -> ("PATCH".equals(exchange.method()) || "DELETE".equals(exchange.method()))
				&& exchange.status() >= 400 && exchange.status() != 401);
	}

	@Test
	void aCreatedKeyIsShownWithItsSecretOnceAndSignsIn() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		ApiKey created = this.client.users().apiKeys().create();

		assertThat(created.key()).isNotBlank();
		assertThat(created.secret()).isNotBlank();
		assertThat(created.active()).isTrue();
		assertThat(created.userId()).isEqualTo(this.client.users().me().uid());
		RecordedExchange creation = this.fake.requests()
			.stream()
			.filter((exchange) -> "POST".equals(exchange.method()))
			.findFirst()
			.orElseThrow();
		assertThat(creation.status()).isEqualTo(200);
		// Flat, as the service answers and the official CLI reads it, not nested as the document has it.
		assertThat(creation.responseBody()).contains("\"key\":\"" + created.key() + "\"")
			.contains("\"secret\":\"" + created.secret() + "\"")
			.contains("\"user_id\":")
			.doesNotContain("\"key\":{");

		List<ApiKey> listed = this.client.users().apiKeys().list();
		assertThat(listed).singleElement().satisfies((key) -> {
			assertThat(key.key()).isEqualTo(created.key());
			assertThat(key.secret()).isNull();
			assertThat(key.active()).isTrue();
		});
		assertThat(this.client.users().apiKeys().get(created.key()).secret()).isNull();
		assertThat(this.fake.requests()).filteredOn((exchange) -> "GET".equals(exchange.method()))
			.allSatisfy((exchange) -> assertThat(exchange.responseBody()).doesNotContain(created.secret()));

		assertThat(this.fake.requests()).filteredOn((exchange) -> "GET".equals(exchange.method()))
			.allSatisfy((exchange) -> assertThat(exchange.responseBody()).doesNotContain("last_used"));
		CrateCloudClient withNewKey = clientWith(created.key(), created.secret());
		assertThat(withNewKey.organizations().list()).extracting((organization) -> organization.id())
			.containsExactly(acme.id());
		// Used once: the key now says when, as the service records it.
		assertThat(new FakeHttp(this.fake).send("GET", "/api/v2/users/me/api-keys/" + created.key() + "/", null).body())
			.contains("\"last_used\":\"");
		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> clientWith(created.key(), "wrong-secret").organizations().list());
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()))
			.extracting(AuditEvent::action)
			.containsExactly("apikey.create");
	}

	@Test
	void aDeactivatedKeyIsRefusedUntilActivatedAgain() {
		this.fake.seed().organization("Acme");
		ApiKey created = this.client.users().apiKeys().create();
		CrateCloudClient withNewKey = clientWith(created.key(), created.secret());

		ApiKey deactivated = this.client.users().apiKeys().update(created.key(), false);

		assertThat(deactivated.active()).isFalse();
		assertThat(this.client.users().apiKeys().get(created.key()).active()).isFalse();
		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> withNewKey.users().me());

		assertThat(this.client.users().apiKeys().update(created.key(), true).active()).isTrue();
		assertThat(withNewKey.users().me().email()).isEqualTo("fake.user@example.com");
	}

	@Test
	void aDeletedKeyIsGoneAndRefused() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		ApiKey created = this.client.users().apiKeys().create();
		CrateCloudClient withNewKey = clientWith(created.key(), created.secret());

		this.client.users().apiKeys().delete(created.key());

		assertThat(this.client.users().apiKeys().list()).isEmpty();
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().apiKeys().get(created.key()));
		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> withNewKey.users().me());
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()))
			.extracting(AuditEvent::action)
			.containsExactly("apikey.delete", "apikey.create");
	}

	@Test
	void aKeyCanDeleteItself() {
		ApiKey created = this.client.users().apiKeys().create();
		CrateCloudClient withNewKey = clientWith(created.key(), created.secret());

		withNewKey.users().apiKeys().delete(created.key());

		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> withNewKey.users().apiKeys().list());
		assertThat(this.client.users().apiKeys().list()).isEmpty();
	}

	@Test
	void unknownKeysAreNotFound() {
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().apiKeys().get("no-such-key"));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().apiKeys().update("no-such-key", false));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().apiKeys().delete("no-such-key"));
		assertThat(new FakeHttp(this.fake).send("GET", UNKNOWN_KEY_PATH, null).statusCode()).isEqualTo(404);
	}

	@Test
	void anActiveFlagThatIsNoBooleanIsABadRequest() {
		ApiKey created = this.client.users().apiKeys().create();

		HttpResponse<String> response = new FakeHttp(this.fake).send("PATCH",
				"/api/v2/users/me/api-keys/" + created.key() + "/", "{\"active\": \"yes\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"active\":[\"Not a valid boolean.\"]");
		assertThat(this.client.users().apiKeys().get(created.key()).active()).isTrue();
	}

	private CrateCloudClient clientWith(String key, String secret) {
		return CrateCloudClient.builder()
			.baseUrl(this.fake.baseUrl())
			.credentials(CrateCloudCredentials.of(key, secret))
			.build();
	}

}
