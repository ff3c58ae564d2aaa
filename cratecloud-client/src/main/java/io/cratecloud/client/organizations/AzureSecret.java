package io.cratecloud.client.organizations;

/**
 * The data of an {@link SecretType#AZURE AZURE} secret: a storage account's connection
 * string. {@link #toString()} never prints it.
 *
 * @param connectionString the connection string, which holds the account key
 */
public record AzureSecret(String connectionString) {

	@Override
	public String toString() {
		return "AzureSecret[connectionString=******]";
	}

}
