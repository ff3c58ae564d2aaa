package io.cratecloud.client.organizations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The kind of an organization secret, such as {@code AWS}. The document lists no values;
 * the constants name the kinds known to exist, and any other value the service sends is
 * kept as it is.
 *
 * @param value the kind as the API writes it
 */
public record SecretType(@JsonValue String value) {

	/** An AWS access key and secret key, such as for reading from S3. */
	public static final SecretType AWS = new SecretType("AWS");

	/** An Azure storage connection string. */
	public static final SecretType AZURE = new SecretType("AZURE");

	/** A MongoDB connection string and credentials; the document does not describe it. */
	public static final SecretType MONGODB = new SecretType("MONGODB");

	/**
	 * Create a secret kind.
	 * @param value the kind as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SecretType {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
