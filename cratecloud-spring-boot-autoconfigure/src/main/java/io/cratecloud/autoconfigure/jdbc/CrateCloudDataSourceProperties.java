package io.cratecloud.autoconfigure.jdbc;

import java.time.Duration;

import io.cratecloud.autoconfigure.PropertyChecks;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of a DataSource on a CrateDB Cloud cluster named in a property
 * ({@code cratecloud.datasource.*}): the cluster's SQL endpoint as Spring Boot's JDBC
 * connection details.
 */
@ConfigurationProperties("cratecloud.datasource")
public class CrateCloudDataSourceProperties implements InitializingBean {

	/**
	 * Name or id of the cluster that Spring Boot's DataSource connects to. When set, no
	 * 'spring.datasource.url' is needed; 'spring.datasource.password' is.
	 */
	private @Nullable String cluster;

	/**
	 * Id of the project the cluster is looked up in, when its name is not unique.
	 */
	private @Nullable String project;

	/**
	 * Id of the organization the cluster is looked up in, when its name is not unique.
	 */
	private @Nullable String organization;

	/**
	 * Port of the cluster's PostgreSQL wire protocol endpoint.
	 */
	private int port = 5432;

	/**
	 * Schema to connect to, the database segment of the JDBC URL. 'doc' is CrateDB's default
	 * schema.
	 */
	private String schema = "doc";

	/**
	 * The JDBC driver's 'sslmode'.
	 */
	private String sslMode = "require";

	/**
	 * Whether start-up resumes the cluster when it is suspended and waits until its health is
	 * GREEN.
	 */
	private boolean ensureRunning;

	/**
	 * How long start-up waits for the cluster to resume and become healthy, with
	 * 'ensure-running'.
	 */
	private Duration startupTimeout = Duration.ofMinutes(10);

	public @Nullable String getCluster() {
		return this.cluster;
	}

	public void setCluster(@Nullable String cluster) {
		this.cluster = cluster;
	}

	public @Nullable String getProject() {
		return this.project;
	}

	public void setProject(@Nullable String project) {
		this.project = project;
	}

	public @Nullable String getOrganization() {
		return this.organization;
	}

	public void setOrganization(@Nullable String organization) {
		this.organization = organization;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public String getSchema() {
		return this.schema;
	}

	public void setSchema(String schema) {
		this.schema = schema;
	}

	public String getSslMode() {
		return this.sslMode;
	}

	public void setSslMode(String sslMode) {
		this.sslMode = sslMode;
	}

	public boolean isEnsureRunning() {
		return this.ensureRunning;
	}

	public void setEnsureRunning(boolean ensureRunning) {
		this.ensureRunning = ensureRunning;
	}

	public Duration getStartupTimeout() {
		return this.startupTimeout;
	}

	public void setStartupTimeout(Duration startupTimeout) {
		this.startupTimeout = startupTimeout;
	}

	@Override
	public void afterPropertiesSet() {
		PropertyChecks.require("cratecloud.datasource.cluster", this.cluster,
				this.cluster == null || !this.cluster.isBlank(), "it must name a cluster, by its name or id");
		PropertyChecks.require("cratecloud.datasource.port", this.port, this.port >= 1 && this.port <= 65535,
				"it must be a TCP port, 1 to 65535");
		PropertyChecks.require("cratecloud.datasource.schema", this.schema,
				this.schema != null && !this.schema.isBlank(), "it must name a schema, such as doc");
		PropertyChecks.require("cratecloud.datasource.startup-timeout", this.startupTimeout,
				this.startupTimeout != null && !this.startupTimeout.isNegative() && !this.startupTimeout.isZero(),
				"it must be positive, such as 10m");
	}

}
