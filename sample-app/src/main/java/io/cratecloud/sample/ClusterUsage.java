package io.cratecloud.sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cratecloud.autoconfigure.jdbc.CrateCloudDataSourceProperties;
import io.cratecloud.client.clusters.Cluster;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Component;

/**
 * How an application uses the clusters it manages, as the dashboard shows it: the JDBC URL the
 * starter builds for a cluster named in {@code cratecloud.datasource.cluster}, and the health
 * {@code /actuator/health} reports for each cluster of {@code management.health.cratecloud.clusters}.
 */
@Component
class ClusterUsage {

	/**
	 * The starter's health contributor: a composite of the API check and one entry per watched
	 * cluster.
	 */
	static final String HEALTH_CONTRIBUTOR = "cratecloud";

	/**
	 * The composite's entry of the API check, beside the watched clusters.
	 */
	static final String API_CHECK = "api";

	private final ObjectProvider<HealthEndpoint> healthEndpoint;

	private final CrateCloudDataSourceProperties datasource;

	ClusterUsage(ObjectProvider<HealthEndpoint> healthEndpoint, CrateCloudDataSourceProperties datasource) {
		this.healthEndpoint = healthEndpoint;
		this.datasource = datasource;
	}

	/**
	 * The JDBC URL of a cluster's PostgreSQL wire protocol endpoint, as the starter builds it
	 * for {@code cratecloud.datasource.cluster}: {@code jdbc:postgresql://<host>:<port>/<schema>?sslmode=<mode>},
	 * with {@code cratecloud.datasource.port}, {@code .schema} and {@code .ssl-mode}. It holds
	 * no user and no password.
	 * @param cluster the cluster
	 * @return the URL, or {@code null} if the cluster has no domain name yet
	 */
	@Nullable String jdbcUrl(Cluster cluster) {
		return jdbcUrl(cluster, this.datasource);
	}

	static @Nullable String jdbcUrl(Cluster cluster, CrateCloudDataSourceProperties datasource) {
		String host = cluster.hostName();
		if (host == null) {
			return null;
		}
		return "jdbc:postgresql://" + host + ":" + datasource.getPort() + "/"
				+ URLEncoder.encode(datasource.getSchema(), StandardCharsets.UTF_8) + "?sslmode="
				+ URLEncoder.encode(datasource.getSslMode(), StandardCharsets.UTF_8);
	}

	/**
	 * The status {@code /actuator/health} reports for each watched cluster, read from Boot's
	 * health endpoint as a request to {@code /actuator/health/cratecloud} would: one check of
	 * the API and one list of clusters, both cached by the starter.
	 * @return the status code (such as {@code UP} or {@code OUT_OF_SERVICE}) of each watched
	 * cluster, by its name or id as {@code management.health.cratecloud.clusters} names it; empty when no
	 * cluster is watched or the health endpoint is off
	 */
	Map<String, String> watchedClusterHealth() {
		HealthEndpoint endpoint = this.healthEndpoint.getIfAvailable();
		if (endpoint == null) {
			return Map.of();
		}
		HealthDescriptor cratecloud = endpoint.healthForPath(HEALTH_CONTRIBUTOR);
		// Without watched clusters the contributor is the API check alone, not a composite.
		if (!(cratecloud instanceof CompositeHealthDescriptor composite) || composite.getComponents() == null) {
			return Map.of();
		}
		Map<String, String> statuses = new LinkedHashMap<>();
		composite.getComponents().forEach((name, component) -> {
			if (!API_CHECK.equals(name)) {
				statuses.put(name, component.getStatus().getCode());
			}
		});
		return statuses;
	}

	/**
	 * The status {@code /actuator/health} reports for a cluster.
	 * @param statuses what {@link #watchedClusterHealth()} returned
	 * @param cluster the cluster
	 * @return the status, or {@code null} if the cluster is not watched
	 */
	static @Nullable String reportedHealth(Map<String, String> statuses, Cluster cluster) {
		String byName = statuses.get(cluster.name());
		return (byName != null || cluster.id() == null) ? byName : statuses.get(cluster.id());
	}

}
