package io.cratecloud.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * One look at background work, as a {@link Waiter} takes it at each poll.
 *
 * @param <T> what the work produces
 */
@FunctionalInterface
public interface Probe<T> {

	/**
	 * Look at the work once. A look that fails for a transient reason is retried at the next
	 * poll; any other failure ends the wait.
	 * @return what was seen, with the result once the work has succeeded, or {@code null} if
	 * the work has not appeared yet
	 */
	@Nullable Sighting<T> look();

}
