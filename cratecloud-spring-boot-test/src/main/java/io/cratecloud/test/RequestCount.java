package io.cratecloud.test;

/**
 * How many requests {@link FakeCrateCloud#verify(RequestCount, String, String)} expects:
 * {@link #exactly(int)}, {@link #atLeast(int)} or {@link #never()}.
 */
public final class RequestCount {

	private final int count;

	private final boolean orMore;

	private RequestCount(int count, boolean orMore) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative, was " + count);
		}
		this.count = count;
		this.orMore = orMore;
	}

	/**
	 * Exactly {@code count} requests.
	 * @param count how many
	 * @return the expectation
	 */
	public static RequestCount exactly(int count) {
		return new RequestCount(count, false);
	}

	/**
	 * At least {@code count} requests.
	 * @param count how many at least
	 * @return the expectation
	 */
	public static RequestCount atLeast(int count) {
		return new RequestCount(count, true);
	}

	/**
	 * No request at all.
	 * @return the expectation
	 */
	public static RequestCount never() {
		return exactly(0);
	}

	/**
	 * Whether a number of requests meets the expectation.
	 */
	boolean isMetBy(int actual) {
		return this.orMore ? actual >= this.count : actual == this.count;
	}

	/**
	 * The expectation in words, e.g. {@code exactly 2 requests}, {@code at least 1 request},
	 * {@code no request}.
	 * @return the description
	 */
	@Override
	public String toString() {
		if (this.count == 0 && !this.orMore) {
			return "no request";
		}
		return (this.orMore ? "at least " : "exactly ") + this.count + ((this.count == 1) ? " request" : " requests");
	}

}
