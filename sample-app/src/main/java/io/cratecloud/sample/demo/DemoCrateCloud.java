package io.cratecloud.sample.demo;

import java.time.Duration;
import java.util.List;

import io.cratecloud.test.ClusterSeed;
import io.cratecloud.test.FakeCrateCloud;
import io.cratecloud.test.SeededOrganization;
import io.cratecloud.test.SeededProject;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The fake CrateDB Cloud of demo mode, seeded with a demo organization, a project and three
 * clusters, and closed with the application context.
 */
final class DemoCrateCloud implements ApplicationListener<ApplicationEvent> {

	static final String ORGANIZATION = "Demo organization";

	static final String PROJECT = "Demo project";

	/**
	 * The CrateDB version of every seeded cluster, set here rather than left to the fake's
	 * default so that the declared estate names the same one.
	 */
	static final String CRATE_VERSION = "5.10.3";

	/**
	 * The seeded clusters, in the project: {@code analytics} (3 nodes of cr2), {@code staging}
	 * (1 node of cr1) and {@code reporting} (1 node of cr1, suspended). Demo mode seeds them
	 * and declares them as its estate from this one list, so the two cannot differ.
	 */
	static final List<DemoCluster> SEEDED_CLUSTERS = List.of(new DemoCluster("analytics", "default", "cr2", 3, false),
			new DemoCluster("staging", "default", "cr1", 1, false),
			new DemoCluster("reporting", "default", "cr1", 1, true));

	/**
	 * The names of the seeded clusters: {@code analytics}, {@code staging} and
	 * {@code reporting}.
	 */
	static final List<String> CLUSTERS = SEEDED_CLUSTERS.stream().map(DemoCluster::name).toList();

	private final FakeCrateCloud fake;

	private final String organizationId;

	private DemoCrateCloud(FakeCrateCloud fake, String organizationId) {
		this.fake = fake;
		this.organizationId = organizationId;
	}

	static DemoCrateCloud start(Duration operationStep) {
		FakeCrateCloud fake = FakeCrateCloud.builder().operationStep(operationStep).start();
		try {
			SeededOrganization organization = fake.seed().organization(ORGANIZATION);
			SeededProject project = organization.project(PROJECT);
			for (DemoCluster cluster : SEEDED_CLUSTERS) {
				ClusterSeed seed = project.cluster(cluster.name())
					.product(cluster.tier(), cluster.product())
					.nodes(cluster.nodes())
					.crateVersion(CRATE_VERSION);
				if (cluster.suspended()) {
					seed.suspended();
				}
				seed.create();
			}
			return new DemoCrateCloud(fake, organization.id());
		}
		catch (RuntimeException ex) {
			fake.close();
			throw ex;
		}
	}

	String baseUrl() {
		return this.fake.baseUrl();
	}

	String apiKey() {
		return this.fake.apiKey();
	}

	String apiSecret() {
		return this.fake.apiSecret();
	}

	/**
	 * The id of the seeded organization, which the fake makes up when it starts.
	 * @return the id
	 */
	String organizationId() {
		return this.organizationId;
	}

	/**
	 * A seeded cluster, as demo mode seeds and declares it.
	 *
	 * @param name the cluster's name
	 * @param tier the tier of its product
	 * @param product its product, such as {@code cr1}
	 * @param nodes how many nodes it has
	 * @param suspended whether it is suspended
	 */
	record DemoCluster(String name, String tier, String product, int nodes, boolean suspended) {
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		// Only the application's own context: a child context (such as a management context
		// on its own port) closes before it while the application still needs the fake.
		if ((event instanceof ContextClosedEvent closed && closed.getApplicationContext().getParent() == null)
				|| event instanceof ApplicationFailedEvent) {
			this.fake.close();
		}
	}

}
