package io.cratecloud.client.estate;

import org.jspecify.annotations.Nullable;

/**
 * Where the admin password of a cluster to create comes from: an estate names a reference
 * (an environment variable or a property), never the password itself, so that neither the
 * declaration nor a plan ever holds it.
 */
@FunctionalInterface
public interface PasswordResolver {

	/**
	 * The password a reference names.
	 * @param reference the reference, as declared
	 * @return the password, or {@code null} if the reference names nothing
	 */
	@Nullable String resolve(String reference);

	/**
	 * Resolves a reference as an environment variable, then as a system property.
	 * @return the resolver
	 */
	static PasswordResolver environment() {
		return (reference) -> {
			String value = System.getenv(reference);
			return (value != null) ? value : System.getProperty(reference);
		};
	}

}
