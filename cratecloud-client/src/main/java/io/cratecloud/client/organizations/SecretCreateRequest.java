package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * A new organization secret, for
 * {@link SecretsClient#create(String, SecretCreateRequest)}. Start with
 * {@link #aws(String, String, String)}, {@link #azure(String, String)} or
 * {@link #mongoDb(String, MongoDbSecret)}, which keep the type and the data in step.
 * {@link #toString()} never prints the secret's data.
 *
 * @param name the secret's name, 1 to 512 characters
 * @param type the kind of secret
 * @param data the secret's data, of the kind {@code type} names
 */
public record SecretCreateRequest(String name, SecretType type, Data data) {

	/**
	 * A new AWS secret.
	 * @param name the secret's name, 1 to 512 characters
	 * @param accessKey the access key id
	 * @param secretKey the secret access key
	 * @return the new secret
	 */
	public static SecretCreateRequest aws(String name, String accessKey, String secretKey) {
		return new SecretCreateRequest(name, SecretType.AWS, new Data(new AwsSecret(accessKey, secretKey), null, null));
	}

	/**
	 * A new Azure storage secret.
	 * @param name the secret's name, 1 to 512 characters
	 * @param connectionString the storage account's connection string
	 * @return the new secret
	 */
	public static SecretCreateRequest azure(String name, String connectionString) {
		return new SecretCreateRequest(name, SecretType.AZURE, new Data(null, new AzureSecret(connectionString), null));
	}

	/**
	 * A new MongoDB secret, which the service accepts but the document does not describe.
	 * @param name the secret's name, 1 to 512 characters
	 * @param secret the connection string and, if needed, credentials and certificate
	 * @return the new secret
	 */
	public static SecretCreateRequest mongoDb(String name, MongoDbSecret secret) {
		return new SecretCreateRequest(name, SecretType.MONGODB, new Data(null, null, secret));
	}

	/**
	 * The data of a secret, {@code data} in the API: one of its fields is set, matching the
	 * secret's type.
	 *
	 * @param awsSecret the data of an AWS secret
	 * @param azureSecret the data of an Azure secret
	 * @param mongodbSecret the data of a MongoDB secret
	 */
	public record Data(@Nullable AwsSecret awsSecret, @Nullable AzureSecret azureSecret,
			@Nullable MongoDbSecret mongodbSecret) {
	}

}
