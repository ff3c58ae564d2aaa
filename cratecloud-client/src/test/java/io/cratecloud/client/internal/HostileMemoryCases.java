package io.cratecloud.client.internal;

import java.util.Locale;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.RetrySettings;

import org.springframework.util.unit.DataSize;

/**
 * The memory cases of {@link BoundedBodiesTests}, run in a JVM of their own with a small
 * heap: each asks a {@link io.cratecloud.testsupport.HostileServer} for a cluster whose id
 * names the case, on each HTTP library, and prints one line per case with what came of it,
 * {@code RESULT <case> <library> <throwable class> <message>}, an {@link OutOfMemoryError}
 * included.
 */
public final class HostileMemoryCases {

	/** The cases, by the cluster id asked for. */
	enum Case {

		/** A 300 MB JSON body. */
		HUGE_BODY(null),

		/** A 50 MB JSON string, with a response size limit that lets it through. */
		HUGE_JSON_STRING(DataSize.ofMegabytes(64)),

		/** A gzip body of a few hundred KB that inflates to 300 MB. */
		GZIP_BOMB(null),

		/** A 503 with a 300 MB HTML page. */
		HUGE_ERROR_PAGE(null);

		private final DataSize maxResponseSize;

		Case(DataSize maxResponseSize) {
			this.maxResponseSize = maxResponseSize;
		}

		String clusterId() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Case of(String clusterId) {
			for (Case value : values()) {
				if (value.clusterId().equals(clusterId)) {
					return value;
				}
			}
			return null;
		}

	}

	private HostileMemoryCases() {
	}

	/**
	 * Run every case against a server.
	 * @param args the server's base URL
	 */
	public static void main(String[] args) {
		String baseUrl = args[0];
		System.out.println("HEAP " + Runtime.getRuntime().maxMemory());
		for (HttpLibrary library : HttpLibrary.values()) {
			for (Case memoryCase : Case.values()) {
				String outcome;
				try {
					CrateCloudClient.Builder builder = library.builder(baseUrl).retry(RetrySettings.disabled());
					if (memoryCase.maxResponseSize != null) {
						builder.maxResponseSize(memoryCase.maxResponseSize);
					}
					builder.build().clusters().get(memoryCase.clusterId());
					outcome = "none (answered)";
				}
				catch (Throwable ex) {
					String message = String.valueOf(ex.getMessage()).replaceAll("\\s+", " ");
					outcome = ex.getClass().getName() + " "
							+ ((message.length() > 1000) ? message.substring(0, 1000) + "..." : message);
				}
				System.out.println("RESULT " + memoryCase + " " + library + " " + outcome);
				System.out.flush();
				System.gc();
			}
		}
		System.out.println("DONE");
	}

}
