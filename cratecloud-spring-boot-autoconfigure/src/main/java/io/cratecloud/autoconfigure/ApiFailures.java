package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudAuthenticationException;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;

/**
 * What to do about a failure of the CrateDB Cloud API during start-up, for the failure
 * analyses that report it.
 */
public final class ApiFailures {

	private ApiFailures() {
	}

	/**
	 * The action to take after a failure of the API.
	 * @param failure the failure
	 * @return the action, in a sentence or two
	 */
	public static String action(CrateCloudException failure) {
		if (failure instanceof CrateCloudAuthenticationException) {
			return "Check 'cratecloud.api-key' and 'cratecloud.api-secret' (CRATECLOUD_APIKEY and CRATECLOUD_APISECRET): "
					+ "the API refused them. Keys are made on the Account page of the CrateDB Cloud console, and are "
					+ "deleted after 90 days without use.";
		}
		if (failure instanceof CrateCloudPermissionException) {
			return "Give the API key's user a role that may see the cluster, in the organization or project it belongs to.";
		}
		if (failure instanceof CrateCloudTimeoutException) {
			return "The API did not answer within 'cratecloud.call-timeout': check the network to "
					+ "'cratecloud.base-url', or raise the timeout.";
		}
		if (failure instanceof CrateCloudTransportException) {
			return "The API could not be reached: check the network to 'cratecloud.base-url' (a proxy or firewall), "
					+ "and the property itself.";
		}
		return "Look at the answer above; if the API is failing, try again later.";
	}

}
