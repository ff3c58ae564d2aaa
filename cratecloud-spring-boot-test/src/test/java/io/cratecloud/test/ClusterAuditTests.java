package io.cratecloud.test;

import java.util.List;
import java.util.Map;

import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.clusters.ClusterCreateRequest;
import io.cratecloud.client.clusters.ClusterSnapshot;
import io.cratecloud.client.clusters.IpAllowlistEntry;
import io.cratecloud.client.clusters.NewProject;
import io.cratecloud.client.clusters.SnapshotRestoreRequest;
import io.cratecloud.client.datajobs.DataJobFormat;
import io.cratecloud.client.datajobs.ExportJobRequest;
import io.cratecloud.client.datajobs.ImportJobRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Every change of a cluster or its data jobs is an audit event of the cluster's organization,
 * naming the cluster; reads are not.
 */
class ClusterAuditTests extends ClusterFakeTests {

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	@Test
	void everyClusterChangeIsAudited() {
		String id = this.analytics.cluster("sensors").create();
		ClusterSnapshot snapshot = this.client.clusters().listSnapshots(id).get(0);

		this.client.clusters().scale(id, 1);
		steps(3);
		this.client.clusters().upgrade(id, "5.10.4");
		steps(3);
		this.client.clusters().changeProduct(id, "cr2");
		steps(3);
		this.client.clusters().expandStorage(id, 1024L * 1024 * 1024 * 1024);
		steps(3);
		this.client.clusters().updateBackupSchedule(id, "4");
		steps(3);
		this.client.clusters().updateIpAllowlist(id, List.of(new IpAllowlistEntry("10.0.0.0/8", "vpn")));
		steps(3);
		this.client.clusters().updatePassword(id, "a-new-password-long-enough");
		steps(3);
		this.client.clusters().restoreSnapshot(id, SnapshotRestoreRequest.all(snapshot.repository(), snapshot.snapshot()));
		steps(3);
		this.client.clusters().suspend(id);
		steps(3);
		this.client.clusters().resume(id);
		steps(3);
		this.client.clusters().restartNode(id, 0);
		this.client.clusters().updateDeletionProtection(id, true);
		this.client.clusters().updateDeletionProtection(id, false);
		this.client.clusters().getAvailableUpgrades(id);
		this.client.clusters().delete(id);

		List<AuditEvent> events = events();
		assertThat(events).extracting(AuditEvent::action)
			.containsExactly("cluster.delete", "cluster.deletion_protection", "cluster.deletion_protection",
					"cluster.restart_node", "cluster.resume", "cluster.suspend", "cluster.restore_snapshot",
					"cluster.password_update", "cluster.ip_restrictions", "cluster.backup_schedule",
					"cluster.expand_storage", "cluster.change_product", "cluster.upgrade", "cluster.scale");
		assertThat(events).allSatisfy((event) -> assertThat(event.context()).containsEntry("cluster_id", id)
			.containsEntry("cluster_name", "sensors")
			.containsEntry("project_id", this.analytics.id()));
		assertThat(events.get(events.size() - 1).context()).containsEntry("product_unit", 1);
		assertThat(this.fake.requests()).allSatisfy(
				(exchange) -> assertThat(exchange.responseBody()).doesNotContain("a-new-password-long-enough"));
	}

	@Test
	void aDeploymentIntoANewProjectAuditsBoth() {
		String id = this.client.clusters()
			.create(this.acme.id(), ClusterCreateRequest.inNewProject(NewProject.of("reporting", null),
					this.acme.subscriptionId(), spec("reports").productUnit(1).build()))
			.clusterId();

		List<AuditEvent> events = events();
		assertThat(events).extracting(AuditEvent::action).containsExactly("cluster.create", "project.create");
		Map<String, Object> context = events.get(0).context();
		assertThat(context).containsEntry("cluster_id", id)
			.containsEntry("cluster_name", "reports")
			.containsEntry("product_name", "cr1")
			.containsEntry("product_unit", 1)
			.containsEntry("crate_version", "5.10.3");
	}

	@Test
	void refusedChangesAndReadsAreNotAudited() {
		String id = this.analytics.cluster("sensors").deletionProtected().create();

		this.client.clusters().get(id);
		this.client.clusters().listOperations(id);
		assertThatException().isThrownBy(() -> this.client.clusters().scale(id, 0));
		assertThatException().isThrownBy(() -> this.client.clusters().delete(id));

		assertThat(events()).isEmpty();
	}

	@Test
	void dataJobsAreAudited() {
		String id = this.analytics.cluster("sensors").create();

		String importId = this.client.dataJobs()
			.imports()
			.create(id, ImportJobRequest.fromUrl("https://example.com/a.csv", DataJobFormat.CSV, "doc.a"))
			.id();
		String exportId = this.client.dataJobs()
			.exports()
			.create(id, ExportJobRequest.of("doc.a", DataJobFormat.JSON))
			.id();
		this.client.dataJobs().imports().cancel(id, importId);
		this.client.dataJobs().exports().cancel(id, exportId);

		List<AuditEvent> events = events();
		assertThat(events).extracting(AuditEvent::action)
			.containsExactly("export_job.delete", "import_job.delete", "export_job.create", "import_job.create");
		assertThat(events.get(3).context()).containsEntry("cluster_id", id)
			.containsEntry("job_id", importId)
			.containsEntry("table", "doc.a");
		assertThat(events.get(0).context()).containsEntry("job_id", exportId);
	}

	@Test
	void aClusterIsAuditedInItsOwnOrganization() {
		SeededOrganization other = this.fake.seed().organization("Other");
		String elsewhere = other.project("elsewhere").cluster("elsewhere").create();

		this.client.clusters().scale(elsewhere, 1);

		assertThat(events()).isEmpty();
		assertThat(this.client.auditLogs().stream(other.id(), AuditLogQuery.all()).map(AuditEvent::action))
			.containsExactly("cluster.scale");
	}

	private List<AuditEvent> events() {
		return this.client.auditLogs().stream(this.acme.id(), AuditLogQuery.all()).toList();
	}

}
