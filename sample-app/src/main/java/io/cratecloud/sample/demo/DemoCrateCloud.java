package io.cratecloud.sample.demo;

import java.time.Duration;
import java.util.List;

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
	 * The names of the seeded clusters: {@code analytics} (3 nodes), {@code staging} (1 node)
	 * and {@code reporting} (suspended).
	 */
	static final List<String> CLUSTERS = List.of("analytics", "staging", "reporting");

	private final FakeCrateCloud fake;

	private DemoCrateCloud(FakeCrateCloud fake) {
		this.fake = fake;
	}

	static DemoCrateCloud start(Duration operationStep) {
		FakeCrateCloud fake = FakeCrateCloud.builder().operationStep(operationStep).start();
		try {
			SeededOrganization organization = fake.seed().organization(ORGANIZATION);
			SeededProject project = organization.project(PROJECT);
			project.cluster(CLUSTERS.get(0)).product("default", "cr2").nodes(3).create();
			project.cluster(CLUSTERS.get(1)).nodes(1).create();
			project.cluster(CLUSTERS.get(2)).suspended().create();
			return new DemoCrateCloud(fake);
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
