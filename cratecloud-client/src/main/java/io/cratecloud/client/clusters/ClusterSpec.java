package io.cratecloud.client.clusters;

import java.util.regex.Pattern;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The cluster to deploy: its name, product, CrateDB version and admin user. Build it with
 * {@link #of}, which checks the document's constraints, and the {@code with...} methods for
 * the optional parts. {@link #toString()} never shows the password.
 *
 * @param name the cluster's name, 3 to 63 characters
 * @param productName the product, such as {@code cr1}
 * @param productTier the product's tier, such as {@code default}
 * @param productUnit the product unit, which sets the number of nodes; the service's default
 * ({@code 0}) when {@code null}
 * @param crateVersion the CrateDB version, such as {@code 5.10.3}
 * @param channel the release channel; {@code stable} when {@code null}
 * @param username the name of the cluster's admin user
 * @param password the admin user's password, at least 24 characters
 * @param hardwareSpecs custom hardware, for products that allow it
 */
public record ClusterSpec(String name, String productName, String productTier, @Nullable Integer productUnit,
		String crateVersion, @Nullable String channel, String username, String password,
		@Nullable HardwareSpecs hardwareSpecs) {

	static final Pattern PRODUCT_NAME = Pattern.compile("^\\w[\\w\\-. ]*$");

	static final Pattern PRODUCT_TIER = Pattern.compile("^\\w[\\w\\- ]*$");

	/**
	 * Check the document's constraints.
	 * @param name the cluster's name, 3 to 63 characters
	 * @param productName the product, such as {@code cr1}
	 * @param productTier the product's tier, such as {@code default}
	 * @param productUnit the product unit, or {@code null} for the service's default
	 * @param crateVersion the CrateDB version
	 * @param channel the release channel, or {@code null} for {@code stable}
	 * @param username the name of the cluster's admin user
	 * @param password the admin user's password, at least 24 characters
	 * @param hardwareSpecs custom hardware, or {@code null}
	 */
	public ClusterSpec {
		Arguments.length(name, "cluster.name", 3, 63);
		Arguments.matches(productName, "cluster.product_name", PRODUCT_NAME,
				"a word character followed by word characters, '-', '.' or spaces");
		Arguments.matches(productTier, "cluster.product_tier", PRODUCT_TIER,
				"a word character followed by word characters, '-' or spaces");
		if (productUnit != null) {
			Arguments.between(productUnit, "cluster.product_unit", 0, Integer.MAX_VALUE);
		}
		Arguments.text(crateVersion, "cluster.crate_version");
		Arguments.text(username, "cluster.username");
		Arguments.length(password, "cluster.password", 24, 128);
	}

	/**
	 * A cluster with the required parts; the product unit, channel and hardware take the
	 * service's defaults.
	 * @param name the cluster's name, 3 to 63 characters
	 * @param productName the product, such as {@code cr1}
	 * @param productTier the product's tier, such as {@code default}
	 * @param crateVersion the CrateDB version, such as {@code 5.10.3}
	 * @param username the name of the cluster's admin user
	 * @param password the admin user's password, at least 24 characters
	 * @return the cluster to deploy
	 * @throws IllegalArgumentException naming the first field that breaks the document's
	 * constraints
	 */
	public static ClusterSpec of(String name, String productName, String productTier, String crateVersion,
			String username, String password) {
		return new ClusterSpec(name, productName, productTier, null, crateVersion, null, username, password, null);
	}

	/**
	 * This cluster with another product unit.
	 * @param productUnit the product unit, which sets the number of nodes
	 * @return a copy with the product unit
	 */
	public ClusterSpec withProductUnit(int productUnit) {
		return new ClusterSpec(this.name, this.productName, this.productTier, productUnit, this.crateVersion,
				this.channel, this.username, this.password, this.hardwareSpecs);
	}

	/**
	 * This cluster on another release channel.
	 * @param channel the channel, such as {@code stable} or {@code nightly}
	 * @return a copy with the channel
	 */
	public ClusterSpec withChannel(String channel) {
		return new ClusterSpec(this.name, this.productName, this.productTier, this.productUnit, this.crateVersion,
				channel, this.username, this.password, this.hardwareSpecs);
	}

	/**
	 * This cluster with custom hardware.
	 * @param hardwareSpecs the hardware
	 * @return a copy with the hardware
	 */
	public ClusterSpec withHardwareSpecs(HardwareSpecs hardwareSpecs) {
		return new ClusterSpec(this.name, this.productName, this.productTier, this.productUnit, this.crateVersion,
				this.channel, this.username, this.password, hardwareSpecs);
	}

	@Override
	public String toString() {
		return "ClusterSpec[name=" + this.name + ", productName=" + this.productName + ", productTier="
				+ this.productTier + ", productUnit=" + this.productUnit + ", crateVersion=" + this.crateVersion
				+ ", channel=" + this.channel + ", username=" + this.username + ", password=******, hardwareSpecs="
				+ this.hardwareSpecs + "]";
	}

}
