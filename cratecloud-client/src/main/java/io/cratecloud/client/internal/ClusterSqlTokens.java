package io.cratecloud.client.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterJwt;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The SQL endpoint and JSON Web Token of one cluster, shared by every caller of that
 * cluster: fetched on first use ({@code GET /api/v2/clusters/{cluster_id}/} for the URL, then
 * {@code GET /api/v2/clusters/{cluster_id}/jwt/}), kept until shortly before the token
 * expires, then renewed with its refresh token ({@code POST /api/v2/meta/jwt/refresh/}), or
 * fetched anew when the refresh token is refused. One caller renews while the others wait
 * for its result, so that concurrent callers share one renewal.
 * <p>
 * A token's lifetime is measured from the answer's {@code Date} to its {@code expiry}, both
 * the service's clock, and counted from when the answer arrived on this machine's monotonic
 * clock, so that a skewed local clock neither keeps an expired token nor drops a valid one.
 */
final class ClusterSqlTokens {

	/** How long before its expiry a token is renewed, at most half its lifetime. */
	static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

	/** The longest token sent: far beyond any JWT, within what servers take as a header. */
	private static final int MAX_TOKEN_LENGTH = 8 * 1024;

	private static final String CLUSTER = "/api/v2/clusters/{cluster_id}/";

	private static final String JWT = "/api/v2/clusters/{cluster_id}/jwt/";

	private static final String JWT_REFRESH = "/api/v2/meta/jwt/refresh/";

	private final CrateCloudTransport transport;

	private final String clusterId;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile @Nullable Session session;

	ClusterSqlTokens(CrateCloudTransport transport, String clusterId) {
		this.transport = transport;
		this.clusterId = clusterId;
	}

	/**
	 * The session to send a statement with: the cached one while its token is fresh, else a
	 * renewed one.
	 */
	Session current() {
		Session session = this.session;
		if (session != null && !session.due(System.nanoTime())) {
			return session;
		}
		return renew(session, false);
	}

	/**
	 * A session with another token than the one the cluster rejected: renewed now, unless
	 * another caller renewed it meanwhile.
	 */
	Session renewAfterRejection(Session rejected) {
		return renew(rejected, true);
	}

	/**
	 * Forget the session, so that the next statement reads the cluster again: after its
	 * endpoint could not be reached, which a suspension or a move explains.
	 */
	void forget(Session unreachable) {
		this.lock.lock();
		try {
			if (this.session == unreachable) {
				this.session = null;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private Session renew(@Nullable Session seen, boolean rejected) {
		this.lock.lock();
		try {
			Session session = this.session;
			if (session != null && session != seen) {
				// Another caller renewed it while this one waited for the lock.
				return session;
			}
			Session renewed = (session != null && session.refreshToken() != null)
					? refreshed(session, session.refreshToken()) : fetched();
			this.session = renewed;
			return renewed;
		}
		finally {
			this.lock.unlock();
		}
	}

	private Session refreshed(Session session, String refreshToken) {
		ApiResponse<ClusterJwt> answer;
		try {
			answer = this.transport.post(JWT_REFRESH).body(new JwtRefresh(refreshToken)).retrieveWithStatus(ClusterJwt.class);
		}
		catch (CrateCloudException ex) {
			int status = ex.getStatusCode();
			if (status >= 400 && status < 500 && status != 429) {
				// An expired or revoked refresh token: a new token needs nothing but the API key.
				return fetched();
			}
			throw ex;
		}
		return session.with(checked(answer, ApiCalls.of(HttpMethod.POST, JWT_REFRESH)), System.nanoTime(),
				answer.date());
	}

	private Session fetched() {
		Cluster cluster = this.transport.get(CLUSTER).pathVariable("cluster_id", this.clusterId).retrieve(Cluster.class);
		ApiCall clusterCall = ApiCalls.of(HttpMethod.GET, CLUSTER, this.clusterId);
		URI sqlEndpoint = sqlEndpoint(cluster, clusterCall);
		ApiResponse<ClusterJwt> answer = this.transport.get(JWT)
			.pathVariable("cluster_id", this.clusterId)
			.retrieveWithStatus(ClusterJwt.class);
		ClusterJwt jwt = checked(answer, ApiCalls.of(HttpMethod.GET, JWT, this.clusterId));
		return new Session(sqlEndpoint, cluster.name(), null, null, 0, false).with(jwt, System.nanoTime(),
				answer.date());
	}

	private URI sqlEndpoint(Cluster cluster, ApiCall call) {
		String described = "Cluster '" + cluster.name() + "' (" + this.clusterId + ")";
		if (Boolean.TRUE.equals(cluster.suspended())) {
			throw new CrateCloudException(described + " is suspended: its SQL endpoint answers only while it runs. "
					+ "Resume it first, with client.clusters().resume(\"" + this.clusterId + "\").await(...) or in the "
					+ "console, then run the statement again.", call, 200, null, null);
		}
		String url = cluster.url();
		if (url == null || url.isBlank()) {
			throw new CrateCloudException(described + " has no url yet: its SQL endpoint exists once the cluster "
					+ "is deployed. Await its creation, then run the statement again.", call, 200, null, null);
		}
		URI base = Urls.absolute(url, call, 200, "the url of cluster " + this.clusterId);
		if (base.getRawUserInfo() != null || base.getRawQuery() != null || base.getRawFragment() != null) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate()
					+ ") answered with a cluster url that holds credentials, a query or a fragment: it cannot be used",
					call, 200, null, null);
		}
		String path = (base.getRawPath() != null) ? base.getRawPath() : "";
		if (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return base.resolve(path + "/_sql?types");
	}

	private static ClusterJwt checked(ApiResponse<ClusterJwt> answer, ApiCall call) {
		ClusterJwt jwt = answer.body();
		if (jwt.token() == null || jwt.token().isBlank() || !sendable(jwt.token())) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate() + ") answered "
					+ answer.statusCode() + " without a token that can be sent", call, answer.statusCode(), null, null);
		}
		return jwt;
	}

	/**
	 * Whether a token can travel in a header as it is: printable ASCII, so that no line
	 * break can start another header, and of a size a server accepts.
	 */
	private static boolean sendable(String token) {
		if (token.length() > MAX_TOKEN_LENGTH) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c <= ' ' || c >= 0x7f) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where statements go and the token they carry.
	 *
	 * @param sqlEndpoint the cluster's {@code /_sql} URI, with {@code ?types}
	 * @param clusterName the cluster's name, for messages
	 * @param authorization the {@code Authorization} header's value
	 * @param refreshToken the token that renews this one, if any
	 * @param renewAtNanos when to renew the token, as {@link System#nanoTime()} gives time
	 * @param expires whether the token has an expiry to renew it before
	 */
	record Session(URI sqlEndpoint, String clusterName, @Nullable String authorization, @Nullable String refreshToken,
			long renewAtNanos, boolean expires) {

		boolean due(long nowNanos) {
			return this.expires && nowNanos - this.renewAtNanos >= 0;
		}

		Session with(ClusterJwt jwt, long receivedNanos, @Nullable Instant answeredAt) {
			Instant expiry = jwt.expiry();
			long renewAt = receivedNanos;
			if (expiry != null) {
				Duration lifetime = Duration.between((answeredAt != null) ? answeredAt : Instant.now(), expiry);
				if (!lifetime.isNegative()) {
					Duration margin = (lifetime.compareTo(RENEW_BEFORE.multipliedBy(2)) < 0) ? lifetime.dividedBy(2)
							: RENEW_BEFORE;
					renewAt = receivedNanos + lifetime.minus(margin).toNanos();
				}
			}
			return new Session(this.sqlEndpoint, this.clusterName, "Bearer " + jwt.token(), jwt.refresh(), renewAt,
					expiry != null);
		}

		@Override
		public String toString() {
			return "Session[sqlEndpoint=" + this.sqlEndpoint + ", authorization=******, refreshToken=******]";
		}

	}

}
