package io.cratecloud.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that only moves when the test moves it, and that can be put back to where it started.
 */
final class FakeClock extends Clock {

	private final Instant start;

	private volatile Instant instant;

	FakeClock(Instant start) {
		this.start = start;
		this.instant = start;
	}

	void advance(Duration duration) {
		this.instant = this.instant.plus(duration);
	}

	/**
	 * Puts the clock back to its first instant.
	 */
	void reset() {
		this.instant = this.start;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The fake's clock is always UTC");
	}

	@Override
	public Instant instant() {
		return this.instant;
	}

}
