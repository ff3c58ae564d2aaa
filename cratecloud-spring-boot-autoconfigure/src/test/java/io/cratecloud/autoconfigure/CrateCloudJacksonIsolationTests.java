package io.cratecloud.autoconfigure;

import io.cratecloud.client.users.CurrentUser;
import io.cratecloud.client.users.OrganizationRole;
import io.cratecloud.client.users.RoleFqn;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application's global Jackson settings change nothing the client reads.
 */
class CrateCloudJacksonIsolationTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final String CURRENT_USER_WITH_UNKNOWN_FIELD = ApiResponses.CURRENT_USER.replaceFirst("\\{",
			"{\"marketing_consent\": {\"newsletter\": true, \"updated\": \"2026-07-10T10:41:02.983000+00:00\"},");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, CrateCloudAutoConfiguration.class))
		.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl(),
				"spring.jackson.deserialization.fail-on-unknown-properties=true",
				"spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE");

	@Test
	void strictUpperCamelCaseApplicationMapperDoesNotReachTheClient() {
		api.offContract("the service adds fields the document does not declare yet; the client must ignore them");
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(CURRENT_USER_WITH_UNKNOWN_FIELD)));
		this.runner.run((context) -> {
			// The application's mapper really is strict, or this test would prove nothing.
			JsonMapper applicationMapper = context.getBean(JsonMapper.class);
			assertThatExceptionOfType(JacksonException.class)
				.isThrownBy(() -> applicationMapper.readValue(CURRENT_USER_WITH_UNKNOWN_FIELD, CurrentUser.class));

			CurrentUser me = context.getBean(UsersClient.class).me();

			assertThat(me.uid()).isEqualTo("6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11");
			assertThat(me.email()).isEqualTo("ada@example.com");
			assertThat(me.isSuperuser()).isFalse();
			assertThat(me.organizationId()).isEqualTo("0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33");
			assertThat(me.organizationRoles()).containsExactly(
					new OrganizationRole("0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", RoleFqn.ORG_ADMIN));
		});
	}

}
