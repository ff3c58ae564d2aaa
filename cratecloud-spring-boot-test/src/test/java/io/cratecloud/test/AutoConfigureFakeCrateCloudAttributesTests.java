package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import io.cratecloud.autoconfigure.CrateCloudConnectionDetails;
import io.cratecloud.autoconfigure.CrateCloudProperties;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.client.organizations.OrganizationsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attributes of {@link AutoConfigureFakeCrateCloud} shape the fake and its connection
 * details, and the test's own properties still override the poll interval the fake sets.
 */
@SpringBootTest(classes = AutoConfigureFakeCrateCloudTests.Application.class, webEnvironment = WebEnvironment.NONE,
		properties = "cratecloud.operations.poll-interval=2s")
@AutoConfigureFakeCrateCloud(pollInterval = "300ms", operationStep = "1s", manualClock = true,
		unauthenticatedResponse = UnauthenticatedResponse.LOGIN_REDIRECT, userEmail = "ada@example.com",
		apiKey = "fixed-key", apiSecret = "fixed-secret")
class AutoConfigureFakeCrateCloudAttributesTests {

	@Autowired
	private FakeCrateCloud fake;

	@Autowired
	private OrganizationsClient organizations;

	@Autowired
	private ClustersClient clusters;

	@Autowired
	private CrateCloudProperties properties;

	@Autowired
	private Environment environment;

	@Autowired
	private CrateCloudConnectionDetails connectionDetails;

	@AfterEach
	void conforms() {
		FakeContract.assertConforms(this.fake);
	}

	@Test
	void theFakeAcceptsTheCredentialsTheAttributesName() {
		assertThat(this.fake.apiKey()).isEqualTo("fixed-key");
		assertThat(this.fake.apiSecret()).isEqualTo("fixed-secret");
		assertThat(this.connectionDetails.getCredentials())
			.isEqualTo(CrateCloudCredentials.of("fixed-key", "fixed-secret"));
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.fake.baseUrl());
		assertThat(this.organizations.list()).isNotNull();
		assertThat(this.fake.requests("GET", "/api/v2/organizations/")).singleElement()
			.extracting(RecordedExchange::status)
			.isEqualTo(200);
	}

	@Test
	void theTestsOwnPropertyOverridesThePollIntervalOfTheAttribute() {
		assertThat(this.environment.getProperty("cratecloud.operations.poll-interval")).isEqualTo("2s");
		assertThat(this.properties.getOperations().getPollInterval()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void theFakeRedirectsBadCredentialsToTheLoginAsAsked() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("GET", "/api/v2/organizations/", null, null,
				null);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/?rd=%2Fapi%2Fv2%2Forganizations%2F");
	}

	@Test
	void operationsStepOnTheManualClockAsLongAsTheAttributeSays() {
		String archive = this.fake.seed().organization("Acme").project("analytics").cluster("archive").create();
		this.clusters.suspend(archive);
		assertThat(newestOperation(archive).status()).isEqualTo(OperationStatus.REGISTERED);
		this.fake.advance(Duration.ofMillis(999));
		assertThat(newestOperation(archive).status()).isEqualTo(OperationStatus.REGISTERED);
		this.fake.advance(Duration.ofMillis(1));
		assertThat(newestOperation(archive).status()).isEqualTo(OperationStatus.SENT);
		this.fake.advance(Duration.ofSeconds(1));
		assertThat(newestOperation(archive).status()).isEqualTo(OperationStatus.IN_PROGRESS);
		this.fake.advance(Duration.ofSeconds(1));
		assertThat(newestOperation(archive).status()).isEqualTo(OperationStatus.SUCCEEDED);
		assertThat(this.clusters.get(archive).suspended()).isTrue();
	}

	@Test
	void theFakeRunsOnAManualClockForTheCurrentUserNamed() {
		Organization first = this.organizations.create(OrganizationCreateRequest.named("Acme"));
		assertThat(first.email()).isEqualTo("ada@example.com");
		Instant created = first.dc().created();
		this.fake.advance(Duration.ofDays(1));
		assertThat(this.organizations.create(OrganizationCreateRequest.named("Globex")).dc().created())
			.isEqualTo(created.plus(Duration.ofDays(1)));
	}

	private ClusterOperation newestOperation(String clusterId) {
		return this.clusters.listOperations(clusterId).get(0);
	}

}
