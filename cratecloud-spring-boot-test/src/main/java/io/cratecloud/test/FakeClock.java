package io.cratecloud.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that only moves when the test moves it.
 */
final class FakeClock extends Clock {

	private volatile Instant instant;

	FakeClock(Instant start) {
		this.instant = start;
	}

	void advance(Duration duration) {
		this.instant = this.instant.plus(duration);
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
