package io.cratecloud.client.clusters;

import java.time.Duration;
import java.util.Optional;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.Polling;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import io.cratecloud.client.observation.OperationAwaitObservationContext.Outcome;

import org.springframework.http.HttpMethod;

/**
 * The deletion of a cluster, which the API answers at once with {@code 204} and carries out
 * in the background, without an operation to follow: the cluster is gone when
 * {@code GET /api/v2/clusters/{cluster_id}/} answers {@code 404}. The wait is observed as
 * {@code cratecloud.operation.await} with the operation {@code DELETE}.
 */
public final class ClusterDeletion {

	private final ClustersClient clusters;

	private final Polling polling;

	private final String clusterId;

	ClusterDeletion(ClustersClient clusters, Polling polling, String clusterId) {
		this.clusters = clusters;
		this.polling = polling;
		this.clusterId = clusterId;
	}

	/**
	 * The id of the cluster being deleted.
	 * @return the cluster's id
	 */
	public String clusterId() {
		return this.clusterId;
	}

	/**
	 * Wait until the cluster is gone, polling {@code GET /api/v2/clusters/{cluster_id}/}
	 * until it answers {@code 404}.
	 * @param timeout how long to wait at most
	 * @throws ClusterChangeTimeoutException if the cluster was still there after the timeout
	 */
	public void await(Duration timeout) {
		OperationAwaitObservationContext context = new OperationAwaitObservationContext(
				OperationAwaitObservationContext.DELETE, this.clusterId, null);
		this.polling.observe(context, () -> awaitGone(timeout, context));
	}

	private boolean awaitGone(Duration timeout, OperationAwaitObservationContext context) {
		Optional<Boolean> gone = this.polling.poll(timeout, () -> {
			try {
				this.clusters.get(this.clusterId);
				return Optional.empty();
			}
			catch (CrateCloudNotFoundException ex) {
				return Optional.of(Boolean.TRUE);
			}
		});
		if (gone.isEmpty()) {
			context.setOutcome(Outcome.TIMEOUT);
			throw new ClusterChangeTimeoutException("Cluster " + this.clusterId + " was still there after " + timeout
					+ ". Its deletion goes on server-side: GET /api/v2/clusters/" + this.clusterId
					+ "/ answers 404 once it is gone.", new ApiCall(HttpMethod.GET, "/api/v2/clusters/{cluster_id}/",
							"/api/v2/clusters/" + this.clusterId + "/"),
					null);
		}
		return true;
	}

	@Override
	public String toString() {
		return "ClusterDeletion[clusterId=" + this.clusterId + "]";
	}

}
