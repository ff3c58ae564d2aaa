package io.cratecloud.test;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the fake can show instead of (or before) its normal answer, for testing how an
 * application copes with a flaky network or service. Inject one with
 * {@link FakeCrateCloud#injectFault(Fault)} or {@link FakeCrateCloud#injectFault(String, String, int, Fault)}.
 */
public final class Fault {

	enum Kind {

		DELAY, STATUS, TOO_MANY_REQUESTS, DROP_CONNECTION, HTML

	}

	private final Kind kind;

	private final int status;

	private final Duration duration;

	private Fault(Kind kind, int status, Duration duration) {
		this.kind = kind;
		this.status = status;
		this.duration = duration;
	}

	/**
	 * Waits before answering normally, for testing read timeouts.
	 * @param delay how long to wait
	 * @return the fault
	 */
	public static Fault delay(Duration delay) {
		Objects.requireNonNull(delay, "delay");
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative, was " + delay);
		}
		return new Fault(Kind.DELAY, 0, delay);
	}

	/**
	 * Answers with the status and the API's JSON error body, e.g. a 503.
	 * @param status an error status, 400 to 599
	 * @return the fault
	 */
	public static Fault status(int status) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("status must be an error status (400 to 599), was " + status);
		}
		return new Fault(Kind.STATUS, status, Duration.ZERO);
	}

	/**
	 * Answers {@code 429 Too Many Requests} with a {@code Retry-After} header in seconds.
	 * @param retryAfter the delay to announce, rounded down to whole seconds
	 * @return the fault
	 */
	public static Fault tooManyRequests(Duration retryAfter) {
		Objects.requireNonNull(retryAfter, "retryAfter");
		if (retryAfter.isNegative()) {
			throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
		}
		return new Fault(Kind.TOO_MANY_REQUESTS, 429, retryAfter);
	}

	/**
	 * Closes the connection without answering.
	 * @return the fault
	 */
	public static Fault dropConnection() {
		return new Fault(Kind.DROP_CONNECTION, 0, Duration.ZERO);
	}

	/**
	 * Answers with an HTML page, as a proxy or the console's login page does.
	 * @param status the status to answer with, e.g. 502, or 200 for a login page
	 * @return the fault
	 */
	public static Fault htmlBody(int status) {
		if (status < 200 || status > 599) {
			throw new IllegalArgumentException("status must be 200 to 599, was " + status);
		}
		return new Fault(Kind.HTML, status, Duration.ZERO);
	}

	Kind kind() {
		return this.kind;
	}

	int status() {
		return this.status;
	}

	Duration duration() {
		return this.duration;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case DELAY -> "delay " + this.duration;
			case STATUS -> "status " + this.status;
			case TOO_MANY_REQUESTS -> "429 with Retry-After " + this.duration.toSeconds() + "s";
			case DROP_CONNECTION -> "dropped connection";
			case HTML -> "HTML body with status " + this.status;
		};
	}

}
