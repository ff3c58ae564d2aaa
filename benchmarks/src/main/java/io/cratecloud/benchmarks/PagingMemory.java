package io.cratecloud.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;

/**
 * Whether streaming the audit log ({@code auditLogs().stream(...)}) keeps the heap flat:
 * 20,000 and 200,000 events, 100 a page, each read in a JVM of its own with the same small
 * fixed heap. Every 1,000 events the consumer forces a full collection and records the heap
 * used after it; the highest of these is what the stream holds on to, and must not grow with
 * the number of events (the target: the two within 10%). The peak usage of the heap pools,
 * reset before the run, is printed too: it includes garbage not yet collected.
 * <p>
 * A plain program rather than JMH, since what it measures is a level, not a time.
 */
public final class PagingMemory {

	private static final int PAGE_SIZE = 100;

	private static final long[] EVENTS = { 20_000, 200_000 };

	private static final String HEAP = "64m";

	private static final int SAMPLE_EVERY = 1_000;

	private PagingMemory() {
	}

	/**
	 * Measure both sizes, each in a new JVM, and compare them.
	 * @param args none, or {@code run <events>} to measure one size in this JVM
	 * @throws Exception if a measurement fails
	 */
	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("run")) {
			run(Long.parseLong(args[1]));
			return;
		}
		Map<Long, Map<String, String>> results = new TreeMap<>();
		for (long events : EVENTS) {
			List<String> lines = ForkedJvm.run(List.of("-Xms" + HEAP, "-Xmx" + HEAP),
					ForkedJvm.expandedClassPath(), PagingMemory.class.getName(), List.of("run", Long.toString(events)));
			results.put(events, parse(lines));
		}
		System.out.printf("%nStreaming the audit log, %d events a page, -Xmx%s, GC: %s%n", PAGE_SIZE, HEAP,
				results.get(EVENTS[0]).get("gc"));
		System.out.printf("%12s %8s %10s %24s %24s%n", "events", "pages", "requests", "peak heap used after GC",
				"peak heap pool usage");
		for (Map.Entry<Long, Map<String, String>> entry : results.entrySet()) {
			Map<String, String> result = entry.getValue();
			System.out.printf("%,12d %,8d %,10d %21.1f MB %21.1f MB%n", entry.getKey(),
					Long.parseLong(result.get("pages")), Long.parseLong(result.get("requests")),
					megabytes(result.get("peakUsedAfterGc")), megabytes(result.get("peakPoolUsage")));
		}
		double small = Double.parseDouble(results.get(EVENTS[0]).get("peakUsedAfterGc"));
		double large = Double.parseDouble(results.get(EVENTS[1]).get("peakUsedAfterGc"));
		double ratio = large / small;
		boolean flat = ratio <= 1.10 && ratio >= 1 / 1.10;
		System.out.printf("%,d versus %,d events: %.3fx the heap after GC (target: within 10%%): %s%n", EVENTS[1],
				EVENTS[0], ratio, flat ? "met" : "MISSED");
		if (!flat) {
			System.exit(1);
		}
	}

	private static void run(long events) throws Exception {
		try (LoopbackApi api = LoopbackApi.start(0, LoopbackApi.AuditLog.paged(events, PAGE_SIZE))) {
			CrateCloudClient client = CrateCloudClient.builder()
				.credentials(CrateCloudCredentials.of(LoopbackApi.API_KEY, LoopbackApi.API_SECRET))
				.baseUrl(api.baseUrl())
				.build();
			// The same start in every JVM: classes loaded and caches filled before the peak is reset.
			try (Stream<AuditEvent> warmUp = client.auditLogs().stream(ApiFixtures.ORGANIZATION_ID, AuditLogQuery.all())) {
				warmUp.limit(2 * SAMPLE_EVERY).forEach((event) -> {
				});
			}
			api.resetCounts();
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			List<MemoryPoolMXBean> heapPools = new ArrayList<>();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					heapPools.add(pool);
				}
			}
			System.gc();
			heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
			Sampler sampler = new Sampler(memory);
			try (Stream<AuditEvent> stream = client.auditLogs().stream(ApiFixtures.ORGANIZATION_ID, AuditLogQuery.all())) {
				stream.forEach(sampler);
			}
			if (sampler.count != events) {
				throw new IllegalStateException("Read " + sampler.count + " events, expected " + events);
			}
			long peakPoolUsage = heapPools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
			String collectors = String.join("+",
					ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
			System.out.println("events=" + sampler.count + " pages=" + (events / PAGE_SIZE) + " requests="
					+ api.requests("auditlogs") + " peakUsedAfterGc=" + sampler.peakUsedAfterGc + " peakPoolUsage="
					+ peakPoolUsage + " samples=" + sampler.samples + " gc=" + collectors.replace(' ', '_'));
		}
	}

	private static Map<String, String> parse(List<String> lines) {
		for (String line : lines) {
			if (line.startsWith("events=")) {
				Map<String, String> values = new TreeMap<>();
				for (String pair : line.split(" ")) {
					int equals = pair.indexOf('=');
					values.put(pair.substring(0, equals), pair.substring(equals + 1));
				}
				return values;
			}
		}
		throw new IllegalStateException("No result in " + lines);
	}

	private static double megabytes(String bytes) {
		return Long.parseLong(bytes) / (1024.0 * 1024.0);
	}

	/**
	 * Counts the events, checks they come in order, and samples the heap after a full
	 * collection every {@link #SAMPLE_EVERY} events, while the stream holds its current page.
	 */
	private static final class Sampler implements Consumer<AuditEvent> {

		private final MemoryMXBean memory;

		private long count;

		private long samples;

		private long peakUsedAfterGc;

		Sampler(MemoryMXBean memory) {
			this.memory = memory;
		}

		@Override
		public void accept(AuditEvent event) {
			String id = event.id();
			if (id == null || ApiFixtures.auditEventNumber(id) != this.count) {
				throw new IllegalStateException("Event " + this.count + " came as " + id);
			}
			this.count++;
			if (this.count % SAMPLE_EVERY == 0) {
				this.memory.gc();
				this.peakUsedAfterGc = Math.max(this.peakUsedAfterGc, this.memory.getHeapMemoryUsage().getUsed());
				this.samples++;
			}
		}

	}

}
