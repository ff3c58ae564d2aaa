package io.cratecloud.client.organizations;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * A secret stored for an organization, such as cloud storage credentials that import jobs
 * use. The secret's data is write-only: the API never returns it.
 *
 * @param id the secret's id
 * @param name the secret's name
 * @param description a description of the secret that does not reveal it, written by the
 * service
 * @param type the kind of secret, such as {@link SecretType#AWS}
 * @param dc when the secret was created and modified
 */
public record Secret(@Nullable String id, @Nullable String name, @Nullable String description,
		@Nullable SecretType type, @Nullable DublinCore dc) {
}
