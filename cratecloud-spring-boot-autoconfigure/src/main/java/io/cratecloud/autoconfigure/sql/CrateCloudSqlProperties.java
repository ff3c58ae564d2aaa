package io.cratecloud.autoconfigure.sql;

import io.cratecloud.autoconfigure.PropertyChecks;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of SQL on a cluster over its HTTP endpoint, authenticated with the cluster's
 * token: the API key is all it needs.
 */
@ConfigurationProperties("cratecloud.sql")
public class CrateCloudSqlProperties implements InitializingBean {

	/**
	 * Name or id of the cluster the CrateDbSql bean runs statements on. Without it, the
	 * cluster of 'cratecloud.datasource.cluster', if set.
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

	@Override
	public void afterPropertiesSet() {
		PropertyChecks.require("cratecloud.sql.cluster", this.cluster, this.cluster == null || !this.cluster.isBlank(),
				"it must name a cluster, by its name or id");
		PropertyChecks.resolved("cratecloud.sql.cluster", this.cluster);
	}

}
