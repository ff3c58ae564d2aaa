package io.cratecloud.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The API requests that a {@link CrateCloudApiMock} answered with one of its stubs while a
 * recording ran: what the contract coverage is measured from. Requests that matched no stub,
 * and stubs that answer with a fault (a reset or dropped connection), are left out, since no
 * response of the operation was ever read.
 */
public final class ServedRequests {

	private static volatile @Nullable Set<ServedRequest> recording;

	private ServedRequests() {
	}

	/**
	 * Record the requests answered while some work runs, such as a run of test classes.
	 * Recordings do not nest: tests run one at a time in a JVM.
	 * @param work the work
	 * @return the distinct requests answered while it ran
	 */
	public static synchronized Set<ServedRequest> recordWhile(Runnable work) {
		Set<ServedRequest> served = ConcurrentHashMap.newKeySet();
		recording = served;
		try {
			work.run();
		}
		finally {
			recording = null;
		}
		return Set.copyOf(served);
	}

	static void record(String method, String rawPath) {
		Set<ServedRequest> served = recording;
		if (served != null) {
			served.add(new ServedRequest(method, rawPath));
		}
	}

	/**
	 * One answered request.
	 *
	 * @param method the HTTP method, in upper case
	 * @param rawPath the path as it was sent, still percent-encoded, without the query
	 */
	public record ServedRequest(String method, String rawPath) {

		@Override
		public String toString() {
			return this.method + " " + this.rawPath;
		}

	}

}
