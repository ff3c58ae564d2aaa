package io.cratecloud.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.clusters.Cluster;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.Assert;

/**
 * The clusters an application watches, named by name or id, as one list of every cluster
 * the API key can see shows them: {@code GET /api/v2/clusters/}, one request for all of
 * them, reused for the cache TTL and bounded by the timeout. Probes that arrive while a
 * request runs wait for it rather than starting another. Shared by the clusters' health
 * indicators and gauges.
 */
public class WatchedClusters implements DisposableBean {

	private final CrateCloudClient client;

	private final List<String> watched;

	private final Duration timeout;

	private final Duration cacheTtl;

	private final Clock clock;

	private final ExecutorService executor = Executors.newCachedThreadPool((runnable) -> {
		Thread thread = new Thread(runnable, "cratecloud-clusters");
		thread.setDaemon(true);
		return thread;
	});

	private final Object lock = new Object();

	private @Nullable Snapshot cached;

	private Instant cachedUntil = Instant.MIN;

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
		this.timeout = timeout;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
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
	 * passed.
	 * @return the snapshot
	 */
	public Snapshot snapshot() {
		synchronized (this.lock) {
			Snapshot snapshot = this.cached;
			if (snapshot == null || !this.clock.instant().isBefore(this.cachedUntil)) {
				snapshot = list();
				this.cached = snapshot;
				this.cachedUntil = this.clock.instant().plus(this.cacheTtl);
			}
			return snapshot;
		}
	}

	private Snapshot list() {
		Future<List<Cluster>> listed = this.executor.submit(() -> this.client.clusters().list());
		try {
			List<Cluster> clusters = listed.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			Map<String, @Nullable Cluster> found = new LinkedHashMap<>();
			for (String nameOrId : this.watched) {
				found.put(nameOrId, clusters.stream()
					.filter((cluster) -> nameOrId.equals(cluster.id()) || nameOrId.equals(cluster.name()))
					.findFirst()
					.orElse(null));
			}
			return new Snapshot(found, null);
		}
		catch (TimeoutException ex) {
			listed.cancel(true);
			return new Snapshot(Map.of(), ex);
		}
		catch (ExecutionException ex) {
			return new Snapshot(Map.of(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			listed.cancel(true);
			return new Snapshot(Map.of(), ex);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
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
