package io.cratecloud.client.users;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a change of the current user's e-mail address. The service either makes the
 * change at once ({@code 200}, with the user as changed) or accepts it and sends a message
 * with a token to the new address ({@code 202}); the change then takes effect when that
 * token is given to {@link UsersClient#confirmEmail(String)}.
 *
 * @param user the user as changed, when the change took effect at once
 * @param message the service's explanation, when the change waits for confirmation
 * @param status the service's status, when the change waits for confirmation
 */
public record EmailChange(@Nullable CurrentUser user, @Nullable String message, @Nullable String status) {

	/**
	 * Whether the change waits for the new address to be confirmed.
	 * @return {@code true} if the service accepted the change without making it yet
	 */
	public boolean confirmationPending() {
		return this.user == null;
	}

}
