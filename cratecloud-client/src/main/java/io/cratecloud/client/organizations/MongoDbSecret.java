package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * The data of a {@link SecretType#MONGODB MONGODB} secret, which the service accepts but the
 * document does not describe. Start with {@link #of(String)}. {@link #toString()} shows the
 * user name only: the connection string may hold a password, and a certificate may hold a
 * private key.
 *
 * @param connectionString the connection string, such as
 * {@code mongodb+srv://cluster0.example.mongodb.net}
 * @param username the user name, unless the connection string holds it
 * @param password the password, unless the connection string holds it
 * @param certificate a certificate in PEM format, for TLS
 */
public record MongoDbSecret(String connectionString, @Nullable String username, @Nullable String password,
		@Nullable String certificate) {

	/**
	 * The data of a MongoDB secret whose connection string says everything needed.
	 * @param connectionString the connection string
	 * @return the secret's data
	 */
	public static MongoDbSecret of(String connectionString) {
		return new MongoDbSecret(connectionString, null, null, null);
	}

	/**
	 * A copy of this secret's data with credentials the connection string does not hold.
	 * @param username the user name
	 * @param password the password
	 * @return the copy
	 */
	public MongoDbSecret withCredentials(String username, String password) {
		return new MongoDbSecret(this.connectionString, username, password, this.certificate);
	}

	/**
	 * A copy of this secret's data with a certificate for TLS.
	 * @param certificate the certificate in PEM format
	 * @return the copy
	 */
	public MongoDbSecret withCertificate(String certificate) {
		return new MongoDbSecret(this.connectionString, this.username, this.password, certificate);
	}

	@Override
	public String toString() {
		return "MongoDbSecret[connectionString=******, username=" + this.username + ", password="
				+ ((this.password != null) ? "******" : null) + ", certificate="
				+ ((this.certificate != null) ? "******" : null) + "]";
	}

}
