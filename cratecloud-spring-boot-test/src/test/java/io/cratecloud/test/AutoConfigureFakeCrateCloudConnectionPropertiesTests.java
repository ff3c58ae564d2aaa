package io.cratecloud.test;

import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test's own connection properties, inlined, which win over every other property source, no
 * longer matter under {@link AutoConfigureFakeCrateCloud}: the fake's connection details point
 * the starter at it, as Testcontainers' {@code @ServiceConnection} does.
 */
@SpringBootTest(classes = AutoConfigureFakeCrateCloudTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = { "cratecloud.base-url=https://console.cratedb.cloud", "cratecloud.api-key=test-key",
				"cratecloud.api-secret=test-secret" })
@AutoConfigureFakeCrateCloud
class AutoConfigureFakeCrateCloudConnectionPropertiesTests {

	@Autowired
	private FakeCrateCloud fake;

	@Autowired
	private CrateCloudConnectionDetails connectionDetails;

	@Autowired
	private OrganizationsClient organizations;

	@Autowired
	private Environment environment;

	@AfterEach
	void conforms() {
		FakeContract.assertConforms(this.fake);
	}

	@Test
	void theTestsOwnConnectionPropertiesDoNotMatter() {
		assertThat(this.environment.getProperty("cratecloud.api-key")).isEqualTo("test-key");
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.fake.baseUrl());
		assertThat(this.connectionDetails.getCredentials())
			.isEqualTo(CrateCloudCredentials.of(this.fake.apiKey(), this.fake.apiSecret()));
		this.fake.seed().organization("Acme");

		assertThat(this.organizations.list()).extracting(Organization::name).containsExactly("Acme");
		// Answered past the credentials check: the test's key would have been a 401.
		assertThat(this.fake.requests("GET", "/api/v2/organizations/")).singleElement()
			.extracting(RecordedExchange::status)
			.isEqualTo(200);
	}

}
