package io.cratecloud.client.clusters;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The cluster to create: its name, product, CrateDB version and admin user. Build it with
 * {@link #builder()}, which checks each part as it is set and fills in the document's
 * defaults (tier {@code default}, channel {@code stable}):
 * <pre class="code">
 * ClusterSpec spec = ClusterSpec.builder()
 *     .name("sensor-data")
 *     .product("cr1")
 *     .crateVersion("5.10.3")
 *     .username("admin")
 *     .password(password)
 *     .build();
 * </pre>
 * {@link #toString()} never shows the password.
 *
 * @param name the cluster's name, 3 to 63 characters
 * @param productName the product, such as {@code cr1}
 * @param productTier the product's tier, such as {@code default}
 * @param productUnit the product unit, which sets the number of nodes; the service's default
 * ({@code 0}) when {@code null}
 * @param crateVersion the CrateDB version, such as {@code 5.10.3}
 * @param channel the release channel, such as {@code stable}
 * @param username the name of the cluster's admin user
 * @param password the admin user's password, 24 to 128 characters
 * @param hardwareSpecs custom hardware, for products that allow it
 */
public record ClusterSpec(String name, String productName, String productTier, @Nullable Integer productUnit,
		String crateVersion, String channel, String username, String password,
		@Nullable HardwareSpecs hardwareSpecs) {


	/** The product tier unless another is set: {@value}. */
	public static final String DEFAULT_TIER = "default";

	/** The release channel unless another is set: {@value}. */
	public static final String DEFAULT_CHANNEL = "stable";

	/**
	 * Check the document's constraints.
	 * @param name the cluster's name, 3 to 63 characters
	 * @param productName the product, such as {@code cr1}
	 * @param productTier the product's tier, such as {@code default}
	 * @param productUnit the product unit, or {@code null} for the service's default
	 * @param crateVersion the CrateDB version
	 * @param channel the release channel
	 * @param username the name of the cluster's admin user
	 * @param password the admin user's password, 24 to 128 characters
	 * @param hardwareSpecs custom hardware, or {@code null}
	 * @throws IllegalArgumentException naming the first part that breaks them
	 */
	public ClusterSpec {
		checkName(name);
		checkProductName(productName);
		checkProductTier(productTier);
		if (productUnit != null) {
			checkProductUnit(productUnit);
		}
		Arguments.text(crateVersion, "cluster.crate_version");
		Arguments.text(channel, "cluster.channel");
		Arguments.text(username, "cluster.username");
		checkPassword(password);
	}

	/**
	 * Start building a cluster.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "ClusterSpec[name=" + this.name + ", productName=" + this.productName + ", productTier="
				+ this.productTier + ", productUnit=" + this.productUnit + ", crateVersion=" + this.crateVersion
				+ ", channel=" + this.channel + ", username=" + this.username + ", password=******, hardwareSpecs="
				+ this.hardwareSpecs + "]";
	}

	private static String checkName(@Nullable String name) {
		Arguments.length(name, "cluster.name", 3, 63);
		// The name becomes the first label of the cluster's host name (its fqdn).
		return Arguments.dnsLabel(name, "cluster.name");
	}

	private static String checkProductName(@Nullable String productName) {
		return Arguments.wordsAndDots(productName, "cluster.product_name");
	}

	private static String checkProductTier(@Nullable String productTier) {
		return Arguments.words(productTier, "cluster.product_tier");
	}

	private static int checkProductUnit(int productUnit) {
		return (int) Arguments.between(productUnit, "cluster.product_unit", 0, Integer.MAX_VALUE);
	}

	private static String checkPassword(@Nullable String password) {
		return Arguments.length(password, "cluster.password", 24, 128);
	}

	/**
	 * Builds a {@link ClusterSpec}. Each part is checked as it is set; {@link #build()}
	 * checks that the required ones (name, product, CrateDB version, user name, password)
	 * are there. {@link #toString()} never shows the password.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String productName;

		private String productTier = DEFAULT_TIER;

		private @Nullable Integer productUnit;

		private @Nullable String crateVersion;

		private String channel = DEFAULT_CHANNEL;

		private @Nullable String username;

		private @Nullable String password;

		private @Nullable HardwareSpecs hardwareSpecs;

		private Builder() {
		}

		/**
		 * Set the cluster's name, which becomes the first label of its host name.
		 * @param name 3 to 63 ASCII letters, digits and hyphens, not starting or ending with a
		 * hyphen
		 * @return this builder
		 * @throws IllegalArgumentException if the name is no such DNS label
		 */
		public Builder name(String name) {
			this.name = checkName(name);
			return this;
		}

		/**
		 * Set the product, in the {@value ClusterSpec#DEFAULT_TIER} tier unless
		 * {@link #productTier(String)} says otherwise.
		 * @param productName the product, such as {@code cr1}
		 * @return this builder
		 * @throws IllegalArgumentException if the name breaks the document's pattern
		 */
		public Builder product(String productName) {
			this.productName = checkProductName(productName);
			return this;
		}

		/**
		 * Set the product's tier; {@value ClusterSpec#DEFAULT_TIER} unless set.
		 * @param productTier the tier
		 * @return this builder
		 * @throws IllegalArgumentException if the tier breaks the document's pattern
		 */
		public Builder productTier(String productTier) {
			this.productTier = checkProductTier(productTier);
			return this;
		}

		/**
		 * Set the product unit, which sets the number of nodes; the service's default unless
		 * set.
		 * @param productUnit the product unit, from 0
		 * @return this builder
		 * @throws IllegalArgumentException if it is negative
		 */
		public Builder productUnit(int productUnit) {
			this.productUnit = checkProductUnit(productUnit);
			return this;
		}

		/**
		 * Set the CrateDB version.
		 * @param crateVersion the version, such as {@code 5.10.3}
		 * @return this builder
		 * @throws IllegalArgumentException if it is blank
		 */
		public Builder crateVersion(String crateVersion) {
			this.crateVersion = Arguments.text(crateVersion, "cluster.crate_version");
			return this;
		}

		/**
		 * Set the release channel of the version; {@value ClusterSpec#DEFAULT_CHANNEL}
		 * unless set.
		 * @param channel the channel, such as {@code stable} or {@code nightly}
		 * @return this builder
		 * @throws IllegalArgumentException if it is blank
		 */
		public Builder channel(String channel) {
			this.channel = Arguments.text(channel, "cluster.channel");
			return this;
		}

		/**
		 * Set the name of the cluster's admin user.
		 * @param username the user name
		 * @return this builder
		 * @throws IllegalArgumentException if it is blank
		 */
		public Builder username(String username) {
			this.username = Arguments.text(username, "cluster.username");
			return this;
		}

		/**
		 * Set the admin user's password.
		 * @param password 24 to 128 characters
		 * @return this builder
		 * @throws IllegalArgumentException if it is shorter or longer
		 */
		public Builder password(String password) {
			this.password = checkPassword(password);
			return this;
		}

		/**
		 * Set custom hardware, for products that allow it.
		 * @param hardwareSpecs the hardware
		 * @return this builder
		 */
		public Builder hardwareSpecs(HardwareSpecs hardwareSpecs) {
			this.hardwareSpecs = Arguments.required(hardwareSpecs, "cluster.hardware_specs");
			return this;
		}

		/**
		 * Build the cluster.
		 * @return the cluster to create
		 * @throws IllegalArgumentException naming the first required part that is not set
		 */
		public ClusterSpec build() {
			return new ClusterSpec(Arguments.required(this.name, "cluster.name"),
					Arguments.required(this.productName, "cluster.product_name"), this.productTier, this.productUnit,
					Arguments.required(this.crateVersion, "cluster.crate_version"), this.channel,
					Arguments.required(this.username, "cluster.username"),
					Arguments.required(this.password, "cluster.password"), this.hardwareSpecs);
		}

		@Override
		public String toString() {
			return "ClusterSpec.Builder[name=" + this.name + ", productName=" + this.productName + ", password="
					+ ((this.password != null) ? "******" : null) + "]";
		}

	}

}
