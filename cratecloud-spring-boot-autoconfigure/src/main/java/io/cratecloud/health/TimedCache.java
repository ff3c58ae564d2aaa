package io.cratecloud.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value reused for a time to live: frequent probes do not reach the API, and probes that
 * arrive while the value is loaded wait for it rather than load it again.
 *
 * @param <T> the value's type
 */
final class TimedCache<T> {

	private final Duration timeToLive;

	private final Clock clock;

	private final Object lock = new Object();

	private @Nullable T value;

	private Instant expires = Instant.MIN;

	TimedCache(Duration timeToLive, Clock clock) {
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	T get(Supplier<T> load) {
		synchronized (this.lock) {
			T current = this.value;
			if (current == null || !this.clock.instant().isBefore(this.expires)) {
				current = load.get();
				this.value = current;
				this.expires = this.clock.instant().plus(this.timeToLive);
			}
			return current;
		}
	}

}
