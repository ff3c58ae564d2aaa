package io.cratecloud.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every API request that a {@link CrateCloudApiMock} answered with one of its stubs, across
 * every test class of the test JVM: what the contract coverage is measured from. Requests
 * that matched no stub, and stubs that answer with a fault (a reset or dropped connection),
 * are left out, since no response of the operation was ever read.
 */
public final class ServedRequests {

	private static final Set<ServedRequest> SERVED = ConcurrentHashMap.newKeySet();

	private ServedRequests() {
	}

	/**
	 * The distinct requests answered so far in this JVM.
	 * @return a snapshot of the requests
	 */
	public static Set<ServedRequest> all() {
		return Set.copyOf(SERVED);
	}

	static void record(String method, String rawPath) {
		SERVED.add(new ServedRequest(method, rawPath));
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
