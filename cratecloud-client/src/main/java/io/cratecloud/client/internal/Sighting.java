package io.cratecloud.client.internal;

import io.cratecloud.client.OperationProgress;
import org.jspecify.annotations.Nullable;

/**
 * What one look at background work saw.
 *
 * @param <T> what the work produces
 * @param progress how the work stands
 * @param result what the work produced, once its progress says it has succeeded
 */
public record Sighting<T>(OperationProgress progress, @Nullable T result) {

	/**
	 * Work still going on, or ended in failure.
	 * @param <T> what the work produces
	 * @param progress how the work stands
	 * @return the sighting
	 */
	public static <T> Sighting<T> of(OperationProgress progress) {
		return new Sighting<>(progress, null);
	}

}
