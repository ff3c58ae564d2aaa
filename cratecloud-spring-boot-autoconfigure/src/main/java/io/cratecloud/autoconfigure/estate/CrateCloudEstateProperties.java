package io.cratecloud.autoconfigure.estate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cratecloud.autoconfigure.PropertyChecks;
import io.cratecloud.client.estate.EstateCluster;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;

/**
 * The estate as code ({@code cratecloud.estate.*}): an organization's projects and clusters as
 * the application declares them, planned or applied at start-up and checked for drift. Every
 * attribute of a cluster left out is not managed. Passwords are never declared: a cluster
 * names the environment variable or property that holds its admin password.
 */
@ConfigurationProperties(CrateCloudEstateProperties.PREFIX)
public class CrateCloudEstateProperties implements InitializingBean {

	/** Where the estate is declared, which every problem's property path starts with. */
	public static final String PREFIX = "cratecloud.estate";

	/**
	 * What start-up does with the declared estate: 'off' sends nothing, 'plan' logs what it
	 * would take to make CrateDB Cloud match the declaration, 'apply' makes it match and waits.
	 */
	private Mode mode = Mode.OFF;

	/**
	 * Id of the organization the estate belongs to. The estate is declared when it is set.
	 */
	private @Nullable String organization;

	/**
	 * Id of the subscription new clusters are paid from. The organization's only active
	 * subscription when not set.
	 */
	private @Nullable String subscription;

	/**
	 * How long an apply at start-up may take; changes still running then go on server-side and
	 * are joined by the next apply.
	 */
	private Duration applyTimeout = Duration.ofMinutes(30);

	/**
	 * How often the estate is planned again to find drift, published as an EstateDriftEvent
	 * when the plan is not empty. No drift check when not set.
	 */
	private @Nullable Duration checkInterval;

	/**
	 * How many clusters an apply changes at once.
	 */
	// A literal, so that the configuration metadata shows it: EstateClient.DEFAULT_CONCURRENCY.
	private int concurrency = 4;

	/**
	 * The declared projects, each with its name, region and clusters.
	 */
	private List<Project> projects = new ArrayList<>();

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public @Nullable String getOrganization() {
		return this.organization;
	}

	public void setOrganization(@Nullable String organization) {
		this.organization = organization;
	}

	public @Nullable String getSubscription() {
		return this.subscription;
	}

	public void setSubscription(@Nullable String subscription) {
		this.subscription = subscription;
	}

	public Duration getApplyTimeout() {
		return this.applyTimeout;
	}

	public void setApplyTimeout(Duration applyTimeout) {
		this.applyTimeout = applyTimeout;
	}

	public @Nullable Duration getCheckInterval() {
		return this.checkInterval;
	}

	public void setCheckInterval(@Nullable Duration checkInterval) {
		this.checkInterval = checkInterval;
	}

	public int getConcurrency() {
		return this.concurrency;
	}

	public void setConcurrency(int concurrency) {
		this.concurrency = concurrency;
	}

	public List<Project> getProjects() {
		return this.projects;
	}

	public void setProjects(List<Project> projects) {
		this.projects = projects;
	}

	@Override
	public void afterPropertiesSet() {
		PropertyChecks.require(PREFIX + ".organization", this.organization,
				this.mode == Mode.OFF || (this.organization != null && !this.organization.isBlank()),
				"it is required with '" + PREFIX + ".mode=" + this.mode.name().toLowerCase()
						+ "': set it to the id of the organization the estate belongs to (environment variable "
						+ "CRATECLOUD_ESTATE_ORGANIZATION), or set '" + PREFIX + ".mode' to off");
		PropertyChecks.resolved(PREFIX + ".organization", this.organization);
		PropertyChecks.resolved(PREFIX + ".subscription", this.subscription);
		PropertyChecks.positive(PREFIX + ".apply-timeout", this.applyTimeout);
		PropertyChecks.positive(PREFIX + ".check-interval", this.checkInterval);
		PropertyChecks.require(PREFIX + ".concurrency", this.concurrency,
				this.concurrency >= 1 && this.concurrency <= 64, "it must be between 1 and 64 clusters at once");
	}

	/**
	 * What start-up does with the declared estate.
	 */
	public enum Mode {

		/** Nothing: no request is sent at start-up. */
		OFF,

		/** Plan, and log the plan: only reads are sent. */
		PLAN,

		/** Apply, and wait until the estate matches or the apply timeout has passed. */
		APPLY

	}

	/**
	 * A declared project, matched by its name within the organization.
	 */
	public static class Project {

		/**
		 * Name of the project.
		 */
		private @Nullable String name;

		/**
		 * Region its clusters run in, such as 'aks1.westeurope.azure'. Chosen by the service
		 * for a new project and not managed for an existing one when not set.
		 */
		private @Nullable String region;

		/**
		 * Its declared clusters.
		 */
		private List<Cluster> clusters = new ArrayList<>();

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getRegion() {
			return this.region;
		}

		public void setRegion(@Nullable String region) {
			this.region = region;
		}

		public List<Cluster> getClusters() {
			return this.clusters;
		}

		public void setClusters(List<Cluster> clusters) {
			this.clusters = clusters;
		}

	}

	/**
	 * A declared cluster, matched by its name within its project. Attributes left out are not
	 * managed, except those needed to create it.
	 */
	public static class Cluster {

		/**
		 * Name of the cluster, which is also the first label of its host name.
		 */
		private @Nullable String name;

		/**
		 * Tier of the nodes' product.
		 */
		private String tier = EstateCluster.DEFAULT_TIER;

		/**
		 * Product of the nodes, such as 'cr1'.
		 */
		private @Nullable String product;

		/**
		 * How many nodes the cluster has.
		 */
		private int nodes = 1;

		/**
		 * CrateDB version, such as '5.10.4'; needed to create the cluster. Not managed when not
		 * set.
		 */
		private @Nullable String crateVersion;

		/**
		 * Disk size of each node (gigabytes unless a unit is given); it can only grow. Not
		 * managed when not set.
		 */
		@DataSizeUnit(DataUnit.GIGABYTES)
		private @Nullable DataSize storage;

		/**
		 * Address ranges allowed to connect. Not managed when not set; an empty list allows
		 * every address.
		 */
		private @Nullable List<AllowlistEntry> ipAllowlist;

		/**
		 * Hours of the day (UTC) to take backups at, such as '2,14'. Not managed when not set.
		 */
		private @Nullable String backupHours;

		/**
		 * Whether the cluster is protected against deletion. Not managed when not set.
		 */
		private @Nullable Boolean deletionProtection;

		/**
		 * Whether the cluster is suspended. Not managed when not set.
		 */
		private @Nullable Boolean suspended;

		/**
		 * Name of the admin user, used when the cluster is created.
		 */
		private String username = EstateCluster.DEFAULT_USERNAME;

		/**
		 * Name of the environment variable or property that holds the admin user's password,
		 * used when the cluster is created. The password itself is never declared.
		 */
		private @Nullable String passwordFrom;

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public String getTier() {
			return this.tier;
		}

		public void setTier(String tier) {
			this.tier = tier;
		}

		public @Nullable String getProduct() {
			return this.product;
		}

		public void setProduct(@Nullable String product) {
			this.product = product;
		}

		public int getNodes() {
			return this.nodes;
		}

		public void setNodes(int nodes) {
			this.nodes = nodes;
		}

		public @Nullable String getCrateVersion() {
			return this.crateVersion;
		}

		public void setCrateVersion(@Nullable String crateVersion) {
			this.crateVersion = crateVersion;
		}

		public @Nullable DataSize getStorage() {
			return this.storage;
		}

		public void setStorage(@Nullable DataSize storage) {
			this.storage = storage;
		}

		public @Nullable List<AllowlistEntry> getIpAllowlist() {
			return this.ipAllowlist;
		}

		public void setIpAllowlist(@Nullable List<AllowlistEntry> ipAllowlist) {
			this.ipAllowlist = ipAllowlist;
		}

		public @Nullable String getBackupHours() {
			return this.backupHours;
		}

		public void setBackupHours(@Nullable String backupHours) {
			this.backupHours = backupHours;
		}

		public @Nullable Boolean getDeletionProtection() {
			return this.deletionProtection;
		}

		public void setDeletionProtection(@Nullable Boolean deletionProtection) {
			this.deletionProtection = deletionProtection;
		}

		public @Nullable Boolean getSuspended() {
			return this.suspended;
		}

		public void setSuspended(@Nullable Boolean suspended) {
			this.suspended = suspended;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public @Nullable String getPasswordFrom() {
			return this.passwordFrom;
		}

		public void setPasswordFrom(@Nullable String passwordFrom) {
			this.passwordFrom = passwordFrom;
		}

	}

	/**
	 * An address range allowed to connect to a cluster.
	 */
	public static class AllowlistEntry {

		/**
		 * The range, such as '10.0.0.0/8', or one address.
		 */
		private @Nullable String cidr;

		/**
		 * What the range is, such as 'office'.
		 */
		private @Nullable String description;

		public @Nullable String getCidr() {
			return this.cidr;
		}

		public void setCidr(@Nullable String cidr) {
			this.cidr = cidr;
		}

		public @Nullable String getDescription() {
			return this.description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

	}

}
