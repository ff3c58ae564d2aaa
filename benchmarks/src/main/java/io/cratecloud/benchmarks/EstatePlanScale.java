package io.cratecloud.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.test.FakeCrateCloud;
import io.cratecloud.test.RecordedExchange;
import io.cratecloud.test.SeededOrganization;
import io.cratecloud.test.SeededProject;

/**
 * What {@code client.estate().plan(estate)} costs as an organization grows: 20, 200 and 2,000
 * clusters, 10 a project, served by the fake on the loopback interface. For each size, an
 * estate that matches (an empty plan) and one in which every cluster has drifted (a scale
 * each). Counted: the requests one plan sends (the target: the same number at every size,
 * not one per cluster); measured: the bytes the planning thread allocates per cluster (exact,
 * {@code ThreadMXBean}), the heap one plan keeps (used heap after a full collection, with the
 * plan held and without), and the median time of a plan (fake included).
 * <p>
 * A plain program: it prints a table and exits with status 1 when the number of requests
 * grows with the clusters.
 */
public final class EstatePlanScale {

	private static final int CLUSTERS_PER_PROJECT = 10;

	private static final int[] CLUSTERS = { 20, 200, 2_000 };

	private static final int WARMUP = 10;

	private static final int MEASURED = 15;

	private static final String PASSWORD_REFERENCE = "BENCHMARK_PASSWORD";

	private EstatePlanScale() {
	}

	/**
	 * Measure every size.
	 * @param args none
	 */
	public static void main(String[] args) {
		System.out.printf("%n%8s %8s %10s %9s %14s %14s %12s%n", "clusters", "projects", "estate", "requests",
				"alloc/cluster", "kept/cluster", "median ms");
		List<Long> requestCounts = new ArrayList<>();
		for (int clusters : CLUSTERS) {
			try (FakeCrateCloud fake = FakeCrateCloud.start()) {
				SeededOrganization organization = fake.seed().organization("Estate benchmark");
				int projects = clusters / CLUSTERS_PER_PROJECT;
				for (int p = 0; p < projects; p++) {
					SeededProject project = organization.project(projectName(p));
					for (int c = 0; c < CLUSTERS_PER_PROJECT; c++) {
						project.cluster(clusterName(p, c)).create();
					}
				}
				CrateCloudClient client = CrateCloudClient.builder()
					.baseUrl(fake.baseUrl())
					.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
					.callTimeout(Duration.ofMinutes(1))
					.build();
				for (boolean drifted : new boolean[] { false, true }) {
					Estate estate = estate(organization.id(), projects, drifted ? 2 : 1);
					Result result = measure(fake, client, estate, clusters, drifted);
					requestCounts.add(result.requests());
					System.out.printf("%,8d %,8d %10s %9d %,12d B %,12d B %12.1f%n", clusters, projects,
							drifted ? "drifted" : "in sync", result.requests(), result.allocatedPerCluster(),
							result.keptPerCluster(), result.medianMillis());
				}
			}
		}
		boolean constant = requestCounts.stream().distinct().count() == 1;
		System.out.printf("Requests per plan at every size: %s (target: the same at every size): %s%n",
				requestCounts.stream().distinct().toList(), constant ? "met" : "MISSED");
		if (!constant) {
			System.exit(1);
		}
	}

	private static Result measure(FakeCrateCloud fake, CrateCloudClient client, Estate estate, int clusters,
			boolean drifted) {
		for (int i = 0; i < WARMUP; i++) {
			check(client.estate().plan(estate), clusters, drifted);
		}
		fake.clearRequests();
		check(client.estate().plan(estate), clusters, drifted);
		List<RecordedExchange> requests = fake.requests();
		long[] nanos = new long[MEASURED];
		long allocated = 0;
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int i = 0; i < MEASURED; i++) {
			long bytes = threads.getCurrentThreadAllocatedBytes();
			long started = System.nanoTime();
			EstatePlan plan = client.estate().plan(estate);
			nanos[i] = System.nanoTime() - started;
			allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
			check(plan, clusters, drifted);
			fake.clearRequests();
		}
		Arrays.sort(nanos);
		// The fake keeps every exchange it served: forget them before each look at the heap.
		fake.clearRequests();
		long without = usedAfterGc();
		EstatePlan held = client.estate().plan(estate);
		fake.clearRequests();
		long with = usedAfterGc();
		check(held, clusters, drifted);
		return new Result(requests.size(), allocated / MEASURED / clusters, Math.max(0, with - without) / clusters,
				nanos[MEASURED / 2] / 1e6);
	}

	private static void check(EstatePlan plan, int clusters, boolean drifted) {
		int expected = drifted ? clusters : 0;
		if (plan.changes().size() != expected || !plan.unmanaged().isEmpty()) {
			throw new IllegalStateException("Expected " + expected + " changes, got " + plan.summary());
		}
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static Estate estate(String organizationId, int projects, int nodes) {
		Estate.Builder estate = Estate.builder(organizationId).passwords((reference) -> null);
		for (int p = 0; p < projects; p++) {
			int project = p;
			estate.project(projectName(p), (declared) -> {
				for (int c = 0; c < CLUSTERS_PER_PROJECT; c++) {
					declared.cluster(clusterName(project, c), (cluster) -> cluster.product("cr1")
						.nodes(nodes)
						.crateVersion("5.10.3")
						.backupHours("3")
						.deletionProtected(false)
						.passwordFrom(PASSWORD_REFERENCE));
				}
			});
		}
		return estate.build();
	}

	private static String projectName(int project) {
		return "project-" + project;
	}

	private static String clusterName(int project, int cluster) {
		return "p" + project + "-c" + cluster;
	}

	private record Result(long requests, long allocatedPerCluster, long keptPerCluster, double medianMillis) {
	}

}
