package io.cratecloud.health;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.clusters.Cluster;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The clusters an application watches, named by name or id, as one list of every cluster
 * the API key can see shows them: {@code GET /api/v2/clusters/}, one call for all of them,
 * bounded by the timeout (retries included) and reused for the cache TTL. Probes that arrive
 * while the list is read wait for it rather than read it again. Shared by the clusters'
 * health indicators and gauges.
 */
public class WatchedClusters {

	private final CrateCloudClient client;

	private final List<String> watched;

	private final TimedCache<Snapshot> cache;

	/**
	 * Watch clusters.
	 * @param client the client to list clusters with
	 * @param watched the clusters' names or ids
	 * @param timeout how long the list may take
	 * @param cacheTtl how long a list is reused
	 */
	public WatchedClusters(CrateCloudClient client, List<String> watched, Duration timeout, Duration cacheTtl) {
		this(client, watched, timeout, cacheTtl, Clock.systemUTC());
	}

	WatchedClusters(CrateCloudClient client, List<String> watched, Duration timeout, Duration cacheTtl, Clock clock) {
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
		Assert.isTrue(!cacheTtl.isNegative(), "cacheTtl must not be negative");
		this.client = client.withCallTimeout(timeout);
		this.watched = List.copyOf(watched);
		this.cache = new TimedCache<>(cacheTtl, clock);
	}

	/**
	 * The names or ids watched, in the order given.
	 * @return the watched clusters
	 */
	public List<String> watched() {
		return this.watched;
	}

	/**
	 * The watched clusters as the API last showed them, asked again once the cache TTL has
	 * passed. Nothing is asked when no cluster is watched.
	 * @return the snapshot
	 */
	public Snapshot snapshot() {
		if (this.watched.isEmpty()) {
			return new Snapshot(Map.of(), null);
		}
		return this.cache.get(this::list);
	}

	private Snapshot list() {
		try {
			List<Cluster> clusters = this.client.clusters().list();
			Map<String, @Nullable Cluster> found = new LinkedHashMap<>();
			for (String nameOrId : this.watched) {
				found.put(nameOrId, clusters.stream()
					.filter((cluster) -> nameOrId.equals(cluster.id()) || nameOrId.equals(cluster.name()))
					.findFirst()
					.orElse(null));
			}
			return new Snapshot(found, null);
		}
		catch (RuntimeException ex) {
			return new Snapshot(Map.of(), ex);
		}
	}

	/**
	 * The watched clusters at one time, or why they could not be listed.
	 *
	 * @param clusters each watched name or id with its cluster, or {@code null} if the API
	 * key sees no such cluster
	 * @param failure why the list failed, or {@code null} if it was read
	 */
	public record Snapshot(Map<String, @Nullable Cluster> clusters, @Nullable Throwable failure) {

		/**
		 * A watched cluster.
		 * @param nameOrId the cluster's name or id, as it is watched
		 * @return the cluster, or {@code null} if it was not found or the list failed
		 */
		public @Nullable Cluster cluster(String nameOrId) {
			return this.clusters.get(nameOrId);
		}

	}

}
