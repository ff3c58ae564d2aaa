package io.cratecloud.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.sun.management.ThreadMXBean;

import org.springframework.http.HttpHeaders;

/**
 * What Spring Framework's {@link HttpHeaders} allocates for the header handling every
 * {@code RestClient} exchange does, without any I/O: the exact bytes per operation
 * ({@code ThreadMXBean}) and the time per operation, for the six headers of one of the
 * client's requests. A standalone measurement for an upstream report: {@code forEach},
 * {@code headerNames()} and {@code headerSet()} each build a {@code LinkedCaseInsensitiveMap}
 * of all names on every call, even though the headers are already held case-insensitively;
 * copying headers into a new {@code HttpHeaders} ({@code addAll}) goes through it too.
 * <p>
 * {@code java -jar benchmarks/target/benchmarks.jar HeaderCopies [operations]}
 */
public final class HeaderCopies {

	private static volatile Object sink;

	private HeaderCopies() {
	}

	/**
	 * Run the measurement.
	 * @param args the number of operations per case, default 2,000,000
	 */
	public static void main(String[] args) {
		int operations = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000_000;
		HttpHeaders headers = new HttpHeaders();
		headers.set("Accept", "application/json");
		headers.set("User-Agent", "cratecloud-spring-boot/0.1.0");
		headers.set("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2ln");
		headers.set("Content-Type", "application/json");
		headers.set("Content-Length", "64");
		headers.set("Default-Schema", "doc");
		Map<String, List<String>> plain = new LinkedHashMap<>();
		headers.forEach(plain::put);
		System.out.printf("HeaderCopies: %,d operations a case, %d headers, Spring Framework %s, JDK %s%n", operations,
				plain.size(), HttpHeaders.class.getPackage().getImplementationVersion(),
				System.getProperty("java.version"));
		System.out.printf("%-60s %12s %10s%n", "case", "bytes/op", "ns/op");
		run("baseline: LinkedHashMap.forEach over the same headers", operations,
				(i) -> plain.forEach((name, values) -> sink = values));
		run("HttpHeaders.forEach (HttpComponentsClientHttpRequest.addHeaders)", operations,
				(i) -> headers.forEach((name, values) -> sink = values));
		run("HttpHeaders.headerNames() iterated", operations, (i) -> {
			for (String name : headers.headerNames()) {
				sink = name;
			}
		});
		run("new HttpHeaders().addAll(headers) (DefaultRestClient copies)", operations, (i) -> {
			HttpHeaders copy = new HttpHeaders();
			copy.addAll(headers);
			sink = copy;
		});
		run("HttpHeaders.getFirst(\"Content-Type\")", operations, (i) -> sink = headers.getFirst("Content-Type"));
	}

	private static void run(String name, int operations, Consumer<Integer> operation) {
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		// Warm up first, so that the JIT has done what it will.
		for (int i = 0; i < operations; i++) {
			operation.accept(i);
		}
		long bytesBefore = threads.getThreadAllocatedBytes(thread);
		long start = System.nanoTime();
		for (int i = 0; i < operations; i++) {
			operation.accept(i);
		}
		long nanos = System.nanoTime() - start;
		long bytes = threads.getThreadAllocatedBytes(thread) - bytesBefore;
		System.out.printf("%-60s %12.1f %10.1f%n", name, (double) bytes / operations, (double) nanos / operations);
	}

}
