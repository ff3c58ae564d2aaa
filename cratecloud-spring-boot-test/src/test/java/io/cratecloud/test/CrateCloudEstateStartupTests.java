package io.cratecloud.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.autoconfigure.estate.CrateCloudEstateAutoConfiguration;
import io.cratecloud.autoconfigure.estate.CrateCloudEstateInitializer;
import io.cratecloud.autoconfigure.sql.CrateCloudSqlAutoConfiguration;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.estate.ChangeKind;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstateApplyException;
import io.cratecloud.client.estate.EstateValidationException;
import io.cratecloud.client.estate.PlannedChange;
import io.cratecloud.client.sql.CrateDbSql;
import io.cratecloud.estate.DeclaredEstate;
import io.cratecloud.estate.EstateDriftCheck;
import io.cratecloud.estate.EstateDriftEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estate declared under {@code cratecloud.estate} against the fake, on the real clock with
 * short operation steps so that an apply at start-up ends: mode {@code off} sends nothing,
 * {@code plan} logs the plan and only reads, {@code apply} makes the estate match (a second
 * start sends no write), a failed change or a declaration the service cannot plan fails
 * start-up through the registered failure analyzers before any write, and the drift check
 * publishes an event after a change made by hand. No password reaches a log or a failure.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(FakeContract.SPRING_CONTEXTS)
class CrateCloudEstateStartupTests extends ClusterFakeTests {

	private static final Duration STEP_IN_REAL_TIME = Duration.ofMillis(20);

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				CrateCloudAutoConfiguration.class, CrateCloudEstateAutoConfiguration.class))
		.withPropertyValues("cratecloud.base-url=" + this.fake.baseUrl(), "cratecloud.api-key=" + this.fake.apiKey(),
				"cratecloud.api-secret=" + this.fake.apiSecret(), "cratecloud.operations.poll-interval=10ms",
				"cratecloud.estate.organization=" + this.acme.id())
		// The password of orders comes from an environment variable named by the relaxed form of
		// a property name.
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("made-up-environment",
					Map.of("ESTATE_ORDERS_PASSWORD", PASSWORD))));

	CrateCloudEstateStartupTests() {
		super(FakeCrateCloud.builder().operationStep(STEP_IN_REAL_TIME).start(), Duration.ofMillis(10));
	}

	@Test
	void modeOffSendsNoRequestAtStartUp() {
		declared().run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(Estate.class)
				.hasSingleBean(DeclaredEstate.class)
				.doesNotHaveBean(CrateCloudEstateInitializer.class)
				.doesNotHaveBean(EstateDriftCheck.class);
			assertThat(context.getBean(DeclaredEstate.class).latest()).isNull();
		});
		assertThat(this.fake.requests()).isEmpty();
	}

	@Test
	void modePlanLogsOneLinePerChangeAndTheSummaryAndSendsOnlyReads(CapturedOutput output) {
		String legacy = this.acme.project("sandbox").cluster("legacy").create();
		declared().withPropertyValues("cratecloud.estate.mode=plan").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DeclaredEstate.class).latest()).isNotNull()
				.satisfies((latest) -> assertThat(latest.plan().pending()).hasSize(5));
		});
		assertThat(output).contains("Plan of the CrateDB Cloud estate of organization " + this.acme.id())
			.contains("  + create project analytics: region " + ProductCatalog.REGION)
			.contains("  + create cluster analytics/orders: default/cr1, 2 nodes, CrateDB 5.10.3, 512 GiB per node")
			.contains("  ~ ip allowlist cluster analytics/orders: [] (every address) -> [10.0.0.0/8 (office)]")
			.contains("  ~ backup schedule cluster analytics/orders")
			.contains("  ~ deletion protection cluster analytics/orders")
			.contains("unmanaged cluster sandbox/legacy (" + legacy + ")")
			.contains("Plan: 2 to create, 3 to change, 0 blocked, 2 unmanaged.")
			.doesNotContain(PASSWORD)
			.doesNotContain(this.fake.apiSecret());
		assertThat(this.fake.requests()).isNotEmpty().extracting(RecordedExchange::method).containsOnly("GET");
	}

	@Test
	void modeApplyMakesTheEstateMatchAndASecondStartSendsNoWrite(CapturedOutput output) {
		ApplicationContextRunner apply = declared().withPropertyValues("cratecloud.estate.mode=apply");
		apply.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DeclaredEstate.class).latest()).isNotNull()
				.satisfies((latest) -> assertThat(latest.plan().isEmpty()).isTrue());
		});
		assertThat(writes()).containsExactlyInAnyOrder("POST /api/v2/projects/",
				"POST /api/v2/organizations/{organization_id}/clusters/",
				"PUT /api/v2/clusters/{cluster_id}/ip-restrictions/",
				"PUT /api/v2/clusters/{cluster_id}/backup-schedule/",
				"PUT /api/v2/clusters/{cluster_id}/deletion-protection/");
		Cluster orders = orders();
		assertThat(orders.numNodes()).isEqualTo(2);
		assertThat(orders.username()).isEqualTo("owner");
		assertThat(orders.hardwareSpecs().diskSizePerNodeBytes()).isEqualTo(DataSize.ofGigabytes(512).toBytes());
		assertThat(orders.ipAllowlist()).containsExactly(new IpAllowlistEntry("10.0.0.0/8", "office"));
		assertThat(orders.deletionProtected()).isTrue();
		assertThat(output).contains("Applying the CrateDB Cloud estate of organization " + this.acme.id())
			.contains("APPLIED + create cluster analytics/orders")
			.contains("Apply: 5 applied.")
			.doesNotContain(PASSWORD);

		this.fake.clearRequests();
		apply.run((context) -> assertThat(context).hasNotFailed());

		assertThat(writes()).isEmpty();
		assertThat(output).contains("Apply: nothing to do.");
	}

	@Test
	void aClusterTheStartUpCreatesIsThereWhenTheSqlClientLooksItUp() {
		declared().withConfiguration(AutoConfigurations.of(CrateCloudSqlAutoConfiguration.class))
			.withPropertyValues("cratecloud.estate.mode=apply", "cratecloud.sql.cluster=orders")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(CrateDbSql.class);
				String sql = context.getBeanNamesForType(CrateDbSql.class)[0];
				assertThat(context.getBeanFactory().getBeanDefinition(sql).getDependsOn())
					.contains("crateCloudEstateInitializer");
				// The cluster was created first, then looked up by name: one create, then the lookup.
				List<String> templates = this.fake.requests()
					.stream()
					.map((exchange) -> exchange.method() + " " + exchange.template())
					.toList();
				assertThat(templates.indexOf("POST /api/v2/organizations/{organization_id}/clusters/"))
					.isNotNegative()
					.isLessThan(templates.lastIndexOf("GET /api/v2/clusters/"));
			});
	}

	@Test
	void aFailedChangeFailsStartUpWithTheReportNamingIt() {
		String id = this.acme.project("analytics").cluster("orders").create();
		this.fake.failNextOperation("Not enough capacity in the region.");
		this.runner
			.withPropertyValues("cratecloud.estate.mode=apply", "cratecloud.estate.projects[0].name=analytics",
					"cratecloud.estate.projects[0].clusters[0].name=orders",
					"cratecloud.estate.projects[0].clusters[0].product=cr1",
					"cratecloud.estate.projects[0].clusters[0].nodes=2",
					"cratecloud.estate.projects[0].clusters[0].backup-hours=4",
					"cratecloud.estate.projects[0].clusters[0].password-from=estate.orders-password")
			.run((context) -> {
				FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
				assertThat(analysis.getCause()).isInstanceOf(EstateApplyException.class);
				assertThat(analysis.getDescription())
					.contains("could not be applied at start-up (cratecloud.estate.mode=apply)")
					.contains("FAILED ~ scale cluster analytics/orders: 1 node -> 2 nodes")
					.contains("(Not enough capacity in the region.)")
					.contains("SKIPPED ~ backup schedule cluster analytics/orders");
				assertThat(analysis.getAction()).contains("restart").contains("cratecloud.estate.mode=plan");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(PASSWORD)
					.doesNotContain(this.fake.apiSecret());
			});
		assertThat(writes()).containsExactly("PUT /api/v2/clusters/{cluster_id}/scale/");
		assertThat(this.client.clusters().get(id).numNodes()).isEqualTo(1);
	}

	@Test
	void problemsOfTheDeclarationFailStartUpBeforeAnyRequest() {
		this.runner
			.withPropertyValues("cratecloud.estate.mode=apply", "cratecloud.estate.projects[0].name=analytics",
					"cratecloud.estate.projects[0].clusters[0].name=orders",
					"cratecloud.estate.projects[0].clusters[0].product=cr1",
					"cratecloud.estate.projects[0].clusters[0].ip-allowlist[0].cidr=10.0.0.0/33",
					"cratecloud.estate.projects[0].clusters[1].name=orders",
					"cratecloud.estate.projects[0].clusters[1].product=cr1",
					"cratecloud.estate.projects[0].clusters[1].password-from=estate.orders-password")
			.run((context) -> {
				FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
				assertThat(analysis.getCause()).isInstanceOf(EstateValidationException.class);
				assertThat(analysis.getDescription()).contains("(3 problems)")
					.contains("cratecloud.estate.projects[0].clusters[0].ip-allowlist[0].cidr: '10.0.0.0/33'")
					.contains("cratecloud.estate.projects[0].clusters[0].password-from: is missing")
					.contains("cratecloud.estate.projects[0].clusters[1].name: cluster 'orders' is declared twice");
				assertThat(analysis.getAction()).contains("Fix each property named above");
			});
		assertThat(this.fake.requests()).isEmpty();
	}

	@Test
	void whatTheServiceDoesNotOfferFailsStartUpAfterReadsOnly() {
		this.runner
			.withPropertyValues("cratecloud.estate.mode=apply", "cratecloud.estate.projects[0].name=analytics",
					"cratecloud.estate.projects[0].region=mars-1",
					"cratecloud.estate.projects[0].clusters[0].name=orders",
					"cratecloud.estate.projects[0].clusters[0].product=cr9",
					"cratecloud.estate.projects[0].clusters[0].crate-version=5.10.3",
					"cratecloud.estate.projects[0].clusters[0].password-from=NOT_SET_ANYWHERE")
			.run((context) -> {
				FailureAnalysis analysis = StartupFailures.analyze(context.getStartupFailure());
				assertThat(analysis.getCause()).isInstanceOf(EstateValidationException.class);
				assertThat(analysis.getDescription()).contains("cratecloud.estate.projects[0].region")
					.contains("cratecloud.estate.projects[0].clusters[0].product: no product 'cr9'")
					.contains("cratecloud.estate.projects[0].clusters[0].password-from");
			});
		assertThat(this.fake.requests()).isNotEmpty().extracting(RecordedExchange::method).containsOnly("GET");
	}

	@Test
	void theDriftCheckPublishesAnEventAfterAChangeByHandAndStopsWithTheContext() throws InterruptedException {
		List<EstateDriftEvent> events = new CopyOnWriteArrayList<>();
		AtomicReference<EstateDriftCheck> check = new AtomicReference<>();
		declared().withPropertyValues("cratecloud.estate.mode=apply", "cratecloud.estate.check-interval=50ms")
			.withBean("driftListener", ApplicationListener.class,
					() -> (ApplicationListener<EstateDriftEvent>) events::add)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				check.set(context.getBean(EstateDriftCheck.class));
				DeclaredEstate declared = context.getBean(DeclaredEstate.class);
				// Checks of the estate as applied find nothing.
				long checked = check.get().checks();
				awaitCondition(() -> check.get().checks() > checked);
				assertThat(events).isEmpty();

				this.client.clusters().scale(orders().id(), 2).await(Duration.ofSeconds(30));

				awaitCondition(() -> events.stream().anyMatch(CrateCloudEstateStartupTests::scalesOrders));
				EstateDriftEvent drift = events.stream()
					.filter(CrateCloudEstateStartupTests::scalesOrders)
					.findFirst()
					.orElseThrow();
				assertThat(drift.getPlan().pending()).extracting(PlannedChange::describe)
					.containsExactly("~ scale cluster analytics/orders: 3 nodes -> 2 nodes");
				assertThat(drift.getPlan().toJson()).doesNotContain(PASSWORD);
				// What the gauges read.
				awaitCondition(() -> declared.latest() != null && declared.latest().plan().pending().size() == 1);
			});
		assertThat(check.get().isRunning()).isFalse();
		int requests = this.fake.requests().size();
		long checks = check.get().checks();
		// Three intervals after the context closed, no check has run.
		Thread.sleep(150);
		assertThat(this.fake.requests()).hasSize(requests);
		assertThat(check.get().checks()).isEqualTo(checks);
	}

	private static boolean scalesOrders(EstateDriftEvent event) {
		return event.getPlan().changes().stream().anyMatch((change) -> change.kind() == ChangeKind.SCALE);
	}

	/**
	 * A new project with one cluster whose every attribute is declared.
	 */
	private ApplicationContextRunner declared() {
		return this.runner.withPropertyValues("cratecloud.estate.projects[0].name=analytics",
				"cratecloud.estate.projects[0].region=" + ProductCatalog.REGION,
				"cratecloud.estate.projects[0].clusters[0].name=orders",
				"cratecloud.estate.projects[0].clusters[0].product=cr1",
				"cratecloud.estate.projects[0].clusters[0].nodes=2",
				"cratecloud.estate.projects[0].clusters[0].crate-version=5.10.3",
				"cratecloud.estate.projects[0].clusters[0].storage=512GB",
				"cratecloud.estate.projects[0].clusters[0].ip-allowlist[0].cidr=10.0.0.0/8",
				"cratecloud.estate.projects[0].clusters[0].ip-allowlist[0].description=office",
				"cratecloud.estate.projects[0].clusters[0].backup-hours=2,14",
				"cratecloud.estate.projects[0].clusters[0].deletion-protection=true",
				"cratecloud.estate.projects[0].clusters[0].username=owner",
				"cratecloud.estate.projects[0].clusters[0].password-from=estate.orders-password");
	}

	private Cluster orders() {
		return this.client.clusters()
			.list()
			.stream()
			.filter((cluster) -> cluster.name().equals("orders"))
			.findFirst()
			.orElseThrow();
	}

	private List<String> writes() {
		return this.fake.requests()
			.stream()
			.filter((exchange) -> !exchange.method().equals("GET"))
			.map((exchange) -> exchange.method() + " " + exchange.template())
			.toList();
	}

	/**
	 * Waits until a condition holds, checking it every few milliseconds; fails after a bound
	 * far beyond what the condition needs, so that a broken schedule fails rather than hangs.
	 */
	private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime() - end).as("condition within 30s").isNegative();
			Thread.sleep(10);
		}
	}

}
