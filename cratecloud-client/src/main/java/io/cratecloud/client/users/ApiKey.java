package io.cratecloud.client.users;

import java.time.Instant;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;

/**
 * An API key of the current user. The secret is only ever returned when the key is created;
 * listing keys never shows it, and {@link #toString()} never prints it.
 *
 * @param key the key, used as the Basic user name
 * @param secret the secret, present only in the response that created the key
 * @param userId the id of the user the key belongs to
 * @param active whether the key may be used
 * @param lastUsed when the key was last used
 * @param dc when the key was created and modified
 */
public record ApiKey(@Nullable String key, @Nullable String secret, @Nullable String userId, @Nullable Boolean active,
		@Nullable Instant lastUsed, @Nullable DublinCore dc) {

	@Override
	public String toString() {
		return "ApiKey[key=" + this.key + ", secret=" + ((this.secret != null) ? "******" : null) + ", userId="
				+ this.userId + ", active=" + this.active + ", lastUsed=" + this.lastUsed + ", dc=" + this.dc + "]";
	}

}
