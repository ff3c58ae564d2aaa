package io.cratecloud.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.organizations.Organization;
import io.cratecloud.client.organizations.OrganizationCreateRequest;
import io.cratecloud.client.organizations.SecretCreateRequest;
import io.cratecloud.client.projects.Project;
import io.cratecloud.client.projects.ProjectCreateRequest;
import io.cratecloud.client.users.ApiKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link FakeCrateCloud#reset()} puts each part of the fake back as it started (state, journal,
 * faults, a pending failure, the manual clock), and the {@linkplain FakeCrateCloud.Builder#seed
 * builder's seeds} are applied again with the same ids.
 */
class FakeCrateCloudResetTests extends ClusterFakeTests {

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	/** The document's pattern for ids (a UUID in lower case). */
	private static final Pattern UUID = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

	private static final String AWS_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

	FakeCrateCloudResetTests() {
		super(seeded(FakeCrateCloud.builder().manualClock(START).operationStep(STEP)), Duration.ofSeconds(1));
	}

	/**
	 * Two seeds: an organization with a project and a cluster, then another organization.
	 * Organizations are listed in the order they were created, which shows the seeds' order.
	 */
	private static FakeCrateCloud seeded(FakeCrateCloud.Builder builder) {
		return builder.seed((seeder) -> seeder.organization("Acme").project("analytics").cluster("sensors").create())
			.seed((seeder) -> seeder.organization("Globex"))
			.start();
	}

	@Test
	void theSeedsAreAppliedInOrderWhenTheFakeStartsAndAgainAfterEachReset() {
		assertThat(organizationNames()).containsExactly("Acme", "Globex");
		this.client.organizations().create(OrganizationCreateRequest.named("Initech"));
		assertThat(organizationNames()).containsExactly("Acme", "Globex", "Initech");
		this.fake.reset();
		assertThat(organizationNames()).containsExactly("Acme", "Globex");
		this.fake.reset();
		assertThat(organizationNames()).containsExactly("Acme", "Globex");
		assertThat(this.client.clusters().list()).extracting(Cluster::name).containsExactly("sensors");
	}

	@Test
	void theSeedsGetTheSameIdsAfterAResetInTheFormTheDocumentAsksFor() {
		List<String> first = seededIds();
		this.fake.reset();
		assertThat(seededIds()).isEqualTo(first);
		this.fake.reset();
		assertThat(seededIds()).isEqualTo(first);
		assertThat(first).hasSize(4).doesNotHaveDuplicates().allMatch((id) -> UUID.matcher(id).matches());
	}

	@Test
	void whatTheApiCreatesAfterAResetGetsTheSameIdsAsBeforeIt() {
		Organization globex = this.client.organizations().create(OrganizationCreateRequest.named("Globex"));
		List<String> events = auditEventIds(globex.id());
		this.fake.reset();
		Organization again = this.client.organizations().create(OrganizationCreateRequest.named("Globex"));
		assertThat(again.id()).isEqualTo(globex.id());
		assertThat(again.dc().created()).isEqualTo(globex.dc().created());
		assertThat(auditEventIds(again.id())).isNotEmpty().isEqualTo(events);
	}

	@Test
	void twoFakesWithTheSameSeedsHandOutDifferentIds() {
		try (FakeCrateCloud other = seeded(FakeCrateCloud.builder())) {
			CrateCloudClient otherClient = CrateCloudClient.builder()
				.baseUrl(other.baseUrl())
				.credentials(CrateCloudCredentials.of(other.apiKey(), other.apiSecret()))
				.build();
			assertThat(otherClient.organizations().list()).extracting(Organization::id)
				.doesNotContainAnyElementsOf(seededIds());
		}
	}

	@Test
	void aResetForgetsEverythingButTheSeeds() {
		String acme = organizationId("Acme");
		String sensors = clusterId();
		List<String> seeded = seededIds();
		this.client.organizations().create(OrganizationCreateRequest.named("Initech"));
		this.client.projects().create(ProjectCreateRequest.of(acme, "reporting"));
		this.client.clusters().scale(sensors, 1);
		this.client.organizations()
			.secrets()
			.create(acme, SecretCreateRequest.aws("s3-import", "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_KEY));
		this.client.organizations().files().create(acme, "data.csv", 3);
		ApiKey key = this.client.users().apiKeys().create();
		this.fake.seed().user("bob@example.com");
		assertThat(this.client.auditLogs().list(acme, AuditLogQuery.all())).isNotEmpty();

		this.fake.reset();

		assertThat(seededIds()).isEqualTo(seeded);
		assertThat(organizationNames()).containsExactly("Acme", "Globex");
		assertThat(this.client.projects().list()).extracting(Project::name).containsExactly("analytics");
		assertThat(this.client.clusters().list()).extracting(Cluster::id).containsExactly(sensors);
		assertThat(this.client.clusters().get(sensors).productUnit()).isZero();
		assertThat(this.client.clusters().listOperations(sensors)).isEmpty();
		assertThat(this.client.organizations().secrets().list(acme)).isEmpty();
		assertThat(this.client.organizations().files().list(acme)).isEmpty();
		assertThat(this.client.auditLogs().list(acme, AuditLogQuery.all())).isEmpty();
		assertThat(this.client.users().apiKeys().list()).isEmpty();
		assertThatExceptionOfType(CrateCloudAuthenticationException.class)
			.isThrownBy(() -> clientWith(key.key(), key.secret()).organizations().list());
		// The user is gone: seeding the address again is no duplicate.
		assertThatNoException().isThrownBy(() -> this.fake.seed().user("bob@example.com"));
	}

	@Test
	void aResetEndsTheOperationsStillRunning() {
		String sensors = clusterId();
		this.client.clusters().scale(sensors, 1);
		this.fake.reset();
		// The seeded cluster has the same id again: the scale of before must not block it.
		this.client.clusters().scale(sensors, 2);
		steps(3);
		assertThat(this.client.clusters().listOperations(sensors)).singleElement().satisfies((operation) -> {
			assertThat(operation.status()).isEqualTo(OperationStatus.SUCCEEDED);
			assertThat(operation.nonSensitiveData()).containsEntry("target_product_unit", 2);
		});
		assertThat(this.client.clusters().get(sensors).productUnit()).isEqualTo(2);
	}

	@Test
	void aResetCancelsTheFailureAskedForTheNextOperation() {
		String sensors = clusterId();
		this.fake.failNextOperation("Not enough capacity in the region.");
		this.fake.reset();
		this.client.clusters().scale(sensors, 1);
		steps(3);
		assertThat(this.client.clusters().listOperations(sensors)).extracting(ClusterOperation::status)
			.containsExactly(OperationStatus.SUCCEEDED);
	}

	@Test
	void aResetForgetsTheJournalAndTheFaultsNotShownYet() {
		this.client.organizations().list();
		this.fake.injectFault(Fault.status(503), 3);
		this.fake.injectFault("GET", "/api/v2/clusters/", 1, Fault.dropConnection());
		this.fake.reset();
		assertThat(this.fake.requests()).isEmpty();
		FakeHttp http = new FakeHttp(this.fake);
		assertThat(http.send("GET", "/api/v2/clusters/", null).statusCode()).isEqualTo(200);
		assertThat(http.send("GET", "/api/v2/organizations/", null).statusCode()).isEqualTo(200);
		assertThat(this.fake.requests()).extracting(RecordedExchange::status).containsExactly(200, 200);
	}

	@Test
	void aResetPutsTheManualClockBackToItsStart() {
		this.fake.advance(Duration.ofHours(1));
		assertThat(this.client.organizations().create(OrganizationCreateRequest.named("Globex")).dc().created())
			.isEqualTo(START.plus(Duration.ofHours(1)));
		this.fake.reset();
		assertThat(this.client.organizations().create(OrganizationCreateRequest.named("Globex")).dc().created())
			.isEqualTo(START);
		assertThat(this.client.organizations().get(organizationId("Acme")).dc().created()).isEqualTo(START);
	}

	@Test
	void aResetPutsTheCurrentUserBackAsItWas() {
		String uid = this.client.users().me().uid();
		this.fake.seed().superuser();
		assertThat(this.client.users().me().isSuperuser()).isTrue();
		this.fake.reset();
		assertThat(this.client.users().me()).satisfies((me) -> {
			assertThat(me.uid()).isEqualTo(uid);
			assertThat(me.isSuperuser()).isFalse();
			assertThat(me.email()).isEqualTo("fake.user@example.com");
		});
	}

	@Test
	void theFakeKeepsItsAddressAndCredentialsAcrossAReset() {
		String baseUrl = this.fake.baseUrl();
		String apiKey = this.fake.apiKey();
		this.fake.reset();
		assertThat(this.fake.baseUrl()).isEqualTo(baseUrl);
		assertThat(this.fake.apiKey()).isEqualTo(apiKey);
		assertThat(organizationNames()).containsExactly("Acme", "Globex");
	}

	@Test
	void aSeedThatFailsFailsTheStart() {
		FakeCrateCloud.Builder builder = FakeCrateCloud.builder().seed((seeder) -> seeder.user("not an address"));
		assertThatIllegalArgumentException().isThrownBy(builder::start).withMessageContaining("not an address");
	}

	private List<String> auditEventIds(String organizationId) {
		return this.client.auditLogs().list(organizationId, AuditLogQuery.all()).stream().map(AuditEvent::id).toList();
	}

	private List<String> organizationNames() {
		return this.client.organizations().list().stream().map(Organization::name).toList();
	}

	private String organizationId(String name) {
		return this.client.organizations()
			.list()
			.stream()
			.filter((organization) -> organization.name().equals(name))
			.map(Organization::id)
			.findFirst()
			.orElseThrow();
	}

	private String clusterId() {
		return this.client.clusters().list().get(0).id();
	}

	/**
	 * The ids of what the seeds created: the organizations, the project and the cluster.
	 */
	private List<String> seededIds() {
		List<String> ids = new ArrayList<>();
		this.client.organizations().list().forEach((organization) -> ids.add(organization.id()));
		this.client.projects().list().forEach((project) -> ids.add(project.id()));
		this.client.clusters().list().forEach((cluster) -> ids.add(cluster.id()));
		return ids;
	}

	private CrateCloudClient clientWith(String key, String secret) {
		return CrateCloudClient.builder()
			.baseUrl(this.fake.baseUrl())
			.credentials(CrateCloudCredentials.of(key, secret))
			.build();
	}

}
