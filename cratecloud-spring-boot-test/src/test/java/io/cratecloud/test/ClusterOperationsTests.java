package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cratecloud.client.CrateCloudOperationFailedException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterHealthStatus;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.OperationQuery;
import io.cratecloud.client.clusters.OperationType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Cluster operations: scaling, suspending and resuming step by step on the manual clock,
 * one change at a time, failures that leave the cluster as it was, and the operations list
 * with the document's and the CLI's filters.
 */
class ClusterOperationsTests extends ClusterFakeTests {

	private final SeededOrganization acme = this.fake.seed().organization("Acme");

	private final SeededProject analytics = this.acme.project("analytics");

	private final String clusterId = this.analytics.cluster("sensors").create();

	@Test
	void scalingAppliesItsNodeCountOnlyWhenItSucceeds() {
		PendingOperation<Cluster> scale = this.client.clusters().scale(this.clusterId, 2);

		JsonNode answered = lastAnswer("PUT", "/api/v2/clusters/{cluster_id}/scale/");
		assertThat(answered.get("num_nodes").asInt()).isEqualTo(1);
		assertThat(answered.get("health").get("running_operation").asString()).isEqualTo("SCALE");
		ClusterOperation registered = newest();
		assertThat(registered.type()).isEqualTo(OperationType.SCALE);
		// The operation is listed at once: the handle names it.
		assertThat(scale.kind()).isEqualTo(OperationKind.SCALE);
		assertThat(scale.clusterId()).isEqualTo(this.clusterId);
		assertThat(scale.id()).isEqualTo(registered.id());
		assertThat(registered.status()).isEqualTo(OperationStatus.REGISTERED);
		assertThat(registered.nonSensitiveData()).containsEntry("current_product_unit", 0)
			.containsEntry("current_num_nodes", 1)
			.containsEntry("target_product_unit", 2)
			.containsEntry("target_num_nodes", 3);
		steps(1);
		assertThat(newest().status()).isEqualTo(OperationStatus.SENT);
		steps(1);
		assertThat(newest().status()).isEqualTo(OperationStatus.IN_PROGRESS);
		Cluster scaling = this.client.clusters().get(this.clusterId);
		assertThat(scaling.numNodes()).isEqualTo(1);
		assertThat(scaling.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(scaling.health().runningOperation()).isEqualTo(OperationType.SCALE);
		steps(1);

		Cluster scaled = scale.await(Duration.ofSeconds(5));
		assertThat(scaled.numNodes()).isEqualTo(3);
		assertThat(scaled.productUnit()).isEqualTo(2);
		assertThat(scaled.health().runningOperation()).isEqualTo(OperationType.NONE);
		assertThat(scaled.lastAsyncOperation().id()).isEqualTo(registered.id());
		assertThat(scaled.lastAsyncOperation().status()).isEqualTo(OperationStatus.SUCCEEDED);
	}

	@Test
	void suspendingAndResumingAreBothSuspendOperations() {
		PendingOperation<Cluster> suspend = this.client.clusters().suspend(this.clusterId);
		steps(2);
		Cluster suspending = this.client.clusters().get(this.clusterId);
		assertThat(suspending.suspended()).isFalse();
		assertThat(suspending.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(suspending.health().runningOperation()).isEqualTo(OperationType.SUSPEND);
		steps(1);
		Cluster suspended = suspend.await(Duration.ofSeconds(5));
		assertThat(suspended.suspended()).isTrue();
		assertThat(suspended.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
		Instant lastSeen = suspended.health().lastSeen();
		steps(5);
		assertThat(this.client.clusters().get(this.clusterId).health().lastSeen())
			.as("a suspended cluster reports nothing")
			.isEqualTo(lastSeen);

		PendingOperation<Cluster> resume = this.client.clusters().resume(this.clusterId);
		assertThat(resume.kind()).isEqualTo(OperationKind.SUSPEND);
		assertThat(resume.id()).isNotEqualTo(suspend.id()).isEqualTo(newest().id());
		steps(2);
		Cluster resuming = this.client.clusters().get(this.clusterId);
		assertThat(resuming.health().status()).isEqualTo(ClusterHealthStatus.SUSPENDED);
		assertThat(resuming.health().runningOperation()).isEqualTo(OperationType.SUSPEND);
		steps(1);
		Cluster resumed = resume.await(Duration.ofSeconds(5));
		assertThat(resumed.suspended()).isFalse();
		assertThat(resumed.health().status()).isEqualTo(ClusterHealthStatus.GREEN);
		assertThat(resumed.health().lastSeen()).isAfter(lastSeen);
		assertThat(this.client.clusters().listOperations(this.clusterId)).extracting(ClusterOperation::type)
			.containsExactly(OperationType.SUSPEND, OperationType.SUSPEND);
	}

	@Test
	void suspendingASuspendedClusterOrScalingItIsRefused() {
		String archive = this.analytics.cluster("archive").suspended().create();

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().suspend(archive))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("suspended"));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().scale(archive, 1))
			.withMessageContaining("suspended");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().resume(this.clusterId))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("suspended"));
		assertThat(this.client.clusters().listOperations(archive)).isEmpty();
	}

	@Test
	void scalingBeyondTheProductOrToTheSameSizeIsRefused() {
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().scale(this.clusterId, 5))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("product_unit"));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.clusters().scale(this.clusterId, 0))
			.withMessageContaining("already has 1 node");
		assertThat(this.client.clusters().listOperations(this.clusterId)).isEmpty();
	}

	@Test
	void aSecondChangeWhileOneRunsIsRefused() {
		this.client.clusters().scale(this.clusterId, 1);
		steps(2);

		assertThatExceptionOfType(CrateCloudOperationInProgressException.class)
			.isThrownBy(() -> this.client.clusters().suspend(this.clusterId))
			.withMessageContaining("Another cluster operation is already in progress.");
		assertThat(this.fake.requests()).filteredOn((exchange) -> exchange.status() == 409).hasSize(1);

		steps(1);
		this.client.clusters().suspend(this.clusterId);
		JsonNode suspending = lastAnswer("PUT", "/api/v2/clusters/{cluster_id}/suspend/");
		assertThat(suspending.get("num_nodes").asInt()).isEqualTo(2);
		assertThat(suspending.get("health").get("running_operation").asString()).isEqualTo("SUSPEND");
	}

	@Test
	void theRefusalOfASecondChangeAwaitsTheRunningOne() {
		PendingOperation<Cluster> scale = this.client.clusters().scale(this.clusterId, 1);
		steps(1);
		CrateCloudOperationInProgressException refused = catchThrowableOfType(
				CrateCloudOperationInProgressException.class, () -> this.client.clusters().suspend(this.clusterId));
		PendingOperation<Cluster> running = refused.runningOperation();
		assertThat(running.kind()).isEqualTo(OperationKind.UNKNOWN);

		// Each poll that sees the change running moves the clock a step on.
		Cluster scaled = running.await(Duration.ofSeconds(10), (progress) -> {
			if (!progress.isFinished()) {
				steps(1);
			}
		});

		assertThat(scaled.numNodes()).isEqualTo(2);
		assertThat(running.kind()).isEqualTo(OperationKind.SCALE);
		assertThat(running.id()).isNotNull().isEqualTo(scale.id());
		assertThat(this.client.clusters().suspend(this.clusterId).kind()).isEqualTo(OperationKind.SUSPEND);
	}

	@Test
	void aFailedChangeLeavesTheClusterAsItWas() {
		this.fake.failNextOperation("Not enough capacity in the region.");
		PendingOperation<Cluster> scale = this.client.clusters().scale(this.clusterId, 3);
		steps(2);
		assertThat(newest().status()).isEqualTo(OperationStatus.IN_PROGRESS);
		steps(1);

		assertThatExceptionOfType(CrateCloudOperationFailedException.class)
			.isThrownBy(() -> scale.await(Duration.ofSeconds(5)))
			.withMessageContaining("FAILED")
			.withMessageContaining("Not enough capacity in the region.")
			.satisfies((ex) -> {
				assertThat(ex.getProgress().status()).isEqualTo(OperationStatus.FAILED);
				assertThat(ex.getProgress().id()).isEqualTo(scale.id());
			});
		ClusterOperation failed = newest();
		assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
		assertThat(failed.feedbackMessage()).isEqualTo("Not enough capacity in the region.");
		Cluster cluster = this.client.clusters().get(this.clusterId);
		assertThat(cluster.numNodes()).isEqualTo(1);
		assertThat(cluster.health().runningOperation()).isEqualTo(OperationType.NONE);
		assertThat(cluster.lastAsyncOperation().status()).isEqualTo(OperationStatus.FAILED);

		// The failure was for one operation only.
		PendingOperation<Cluster> again = this.client.clusters().scale(this.clusterId, 3);
		steps(3);
		assertThat(again.await(Duration.ofSeconds(5)).numNodes()).isEqualTo(4);
	}

	@Test
	void operationsAreListedNewestFirstAndFilteredByStatusAndTime() {
		// The document calls 'statuses' repeatable but declares it a single string; the client
		// repeats it, which the validator refuses. The answer is still checked.
		invalidOnPurpose((exchange) -> exchange.query() != null && exchange.query().contains("statuses=SUCCEEDED&"));
		Instant first = Instant.now();
		this.client.clusters().scale(this.clusterId, 1);
		steps(3);
		this.fake.failNextOperation("Upstream said no.");
		this.client.clusters().scale(this.clusterId, 2);
		steps(3);
		Instant third = first.plus(STEP.multipliedBy(6));
		this.client.clusters().suspend(this.clusterId);
		steps(1);

		List<ClusterOperation> all = this.client.clusters().listOperations(this.clusterId);
		assertThat(all).extracting(ClusterOperation::status)
			.containsExactly(OperationStatus.SENT, OperationStatus.FAILED, OperationStatus.SUCCEEDED);
		assertThat(all).extracting(ClusterOperation::type)
			.containsExactly(OperationType.SUSPEND, OperationType.SCALE, OperationType.SCALE);
		assertThat(this.client.clusters()
			.listOperations(this.clusterId,
					OperationQuery.all().withStatuses(OperationStatus.SUCCEEDED, OperationStatus.FAILED)))
			.extracting(ClusterOperation::status)
			.containsExactly(OperationStatus.FAILED, OperationStatus.SUCCEEDED);
		assertThat(this.client.clusters()
			.listOperations(this.clusterId, OperationQuery.all().withFrom(third.minusSeconds(1))))
			.extracting(ClusterOperation::type)
			.containsExactly(OperationType.SUSPEND);
		assertThat(this.client.clusters()
			.listOperations(this.clusterId, OperationQuery.all().withTo(third.minusSeconds(1))))
			.extracting(ClusterOperation::type)
			.containsExactly(OperationType.SCALE, OperationType.SCALE);
	}

	@Test
	void theCliFiltersByTypeAndLimitAreHonoured() {
		this.client.clusters().scale(this.clusterId, 1);
		steps(3);
		this.client.clusters().suspend(this.clusterId);
		steps(3);
		this.client.clusters().resume(this.clusterId);
		FakeHttp http = new FakeHttp(this.fake);

		JsonNode suspends = ClusterLifecycleTests
			.json(http.send("GET", "/api/v2/clusters/" + this.clusterId + "/operations/?type=SUSPEND", null).body())
			.get("operations");
		assertThat(suspends).hasSize(2);
		assertThat(suspends.get(0).get("status").asString()).isEqualTo("REGISTERED");
		assertThat(suspends.get(1).get("status").asString()).isEqualTo("SUCCEEDED");
		JsonNode newestScale = ClusterLifecycleTests
			.json(http.send("GET", "/api/v2/clusters/" + this.clusterId + "/operations/?type=SCALE&limit=1", null)
				.body())
			.get("operations");
		assertThat(newestScale).hasSize(1);
		assertThat(newestScale.get(0).get("type").asString()).isEqualTo("SCALE");
		JsonNode newest = ClusterLifecycleTests
			.json(http.send("GET", "/api/v2/clusters/" + this.clusterId + "/operations/?limit=1", null).body())
			.get("operations");
		assertThat(newest).hasSize(1);
		assertThat(newest.get(0).get("status").asString()).isEqualTo("REGISTERED");
	}

	@Test
	void wrongOperationFiltersAreBadRequests() {
		invalidOnPurpose((exchange) -> exchange.query() != null
				&& (exchange.query().contains("DONE") || exchange.query().contains("yesterday")));
		FakeHttp http = new FakeHttp(this.fake);

		HttpResponse<String> status = http.send("GET",
				"/api/v2/clusters/" + this.clusterId + "/operations/?statuses=DONE", null);
		HttpResponse<String> start = http.send("GET",
				"/api/v2/clusters/" + this.clusterId + "/operations/?start=yesterday", null);

		assertThat(status.statusCode()).isEqualTo(400);
		assertThat(ClusterLifecycleTests.json(status.body()).get("errors").has("statuses")).isTrue();
		assertThat(start.statusCode()).isEqualTo(400);
		assertThat(ClusterLifecycleTests.json(start.body()).get("errors").has("start")).isTrue();
	}

	private ClusterOperation newest() {
		return this.client.clusters().listOperations(this.clusterId).get(0);
	}

}
