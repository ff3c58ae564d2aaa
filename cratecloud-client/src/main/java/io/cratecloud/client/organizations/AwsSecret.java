package io.cratecloud.client.organizations;

/**
 * The data of an {@link SecretType#AWS AWS} secret: an access key pair, such as for
 * reading from S3. {@link #toString()} prints neither key.
 *
 * @param accessKey the access key id
 * @param secretKey the secret access key
 */
public record AwsSecret(String accessKey, String secretKey) {

	@Override
	public String toString() {
		return "AwsSecret[accessKey=******, secretKey=******]";
	}

}
