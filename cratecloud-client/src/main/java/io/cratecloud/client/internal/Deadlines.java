package io.cratecloud.client.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Deadlines of waits, calls and attempts. A wait ({@link Waiter}) runs its polls
 * {@link #within(long, Supplier) within} its own deadline, and a call (with its retries) within
 * the earlier of its own and the enclosing wait's, so that nothing outlasts what encloses it;
 * every attempt is {@link #arm(long) guarded} by a watchdog that, when the attempt's deadline
 * passes, cancels the request where the HTTP library allows it, aborts the response being
 * read, or interrupts the waiting thread, whichever applies, so that no server can hold a
 * caller past its deadline by stalling or dribbling.
 */
final class Deadlines {

	private static final ThreadLocal<Enclosing> ENCLOSING = new ThreadLocal<>();

	/** What an enclosing deadline belongs to, unless something else names it. */
	static final String WAIT = "the wait it was made for";

	private static final boolean HTTP_COMPONENTS_PRESENT = ClassUtils
		.isPresent("org.apache.hc.core5.http.io.EofSensorInputStream", Deadlines.class.getClassLoader());

	/** The armed guards, nearest deadline first. */
	private static final ConcurrentSkipListSet<Guard> ARMED = new ConcurrentSkipListSet<>();

	private static final AtomicLong ARMED_SEQUENCE = new AtomicLong();

	/**
	 * The deadline the watchdog sleeps until, when not {@link #watchdogIdle idle}: a guard armed
	 * for an earlier one wakes it, a later one (a call's usual case) does not.
	 */
	private static volatile long watchdogWakesAt;

	private static volatile boolean watchdogIdle = true;

	/**
	 * One daemon thread for every client. It sleeps until the nearest armed deadline and fires
	 * only at deadlines that pass: arming and closing a guard for a call that ends in time
	 * wakes no thread.
	 */
	private static final Thread WATCHDOG = startWatchdog();

	private Deadlines() {
	}

	private static Thread startWatchdog() {
		Thread thread = new Thread(Deadlines::watch, "cratecloud-deadline");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static void watch() {
		while (true) {
			Guard nearest = nearest();
			if (nearest == null) {
				watchdogIdle = true;
				// Published before looking again: a guard armed since then sees the watchdog idle
				// and wakes it.
				if (ARMED.isEmpty()) {
					LockSupport.park();
				}
				continue;
			}
			long left = nearest.deadlineNanos - System.nanoTime();
			if (left <= 0) {
				ARMED.remove(nearest);
				nearest.fire();
				continue;
			}
			watchdogWakesAt = nearest.deadlineNanos;
			watchdogIdle = false;
			// Published before looking again: a nearer guard armed since then sees this deadline
			// and wakes the watchdog; one armed before is found here.
			if (nearest() == nearest) {
				LockSupport.parkNanos(left);
			}
		}
	}

	private static @Nullable Guard nearest() {
		try {
			return ARMED.first();
		}
		catch (NoSuchElementException ex) {
			return null;
		}
	}

	/**
	 * Run work that nothing it does may outlast: the polls of a wait, or the attempts and
	 * retries of a call. Within an enclosing deadline, the earlier of the two applies.
	 * @param <T> the work's result
	 * @param deadlineNanos the deadline, as {@link System#nanoTime()} gives time
	 * @param work the work
	 * @return the work's result
	 */
	static <T> T within(long deadlineNanos, Supplier<T> work) {
		return within(deadlineNanos, WAIT, work);
	}

	/**
	 * Run work that nothing it does may outlast, naming what the deadline belongs to for the
	 * messages of the calls it cuts short. Within an enclosing deadline, the earlier of the
	 * two applies, with its name.
	 * @param <T> the work's result
	 * @param deadlineNanos the deadline, as {@link System#nanoTime()} gives time
	 * @param purpose what the deadline belongs to, such as {@link #WAIT}
	 * @param work the work
	 * @return the work's result
	 */
	static <T> T within(long deadlineNanos, String purpose, Supplier<T> work) {
		Enclosing previous = ENCLOSING.get();
		ENCLOSING.set((previous != null && previous.deadline() <= deadlineNanos) ? previous
				: new Enclosing(deadlineNanos, purpose));
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				ENCLOSING.set(previous);
			}
			else {
				ENCLOSING.remove();
			}
		}
	}

	/**
	 * The deadline of something that starts now and may take the given time.
	 * @param timeout how long it may take
	 * @return the earlier of now plus the timeout and the enclosing deadline, if any
	 */
	static long deadline(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Enclosing enclosing = ENCLOSING.get();
		return (enclosing != null) ? Math.min(deadline, enclosing.deadline()) : deadline;
	}

	/**
	 * The deadline of the wait or call the current thread works for.
	 * @return the deadline, or {@code null} outside any
	 */
	static @Nullable Long enclosingDeadline() {
		Enclosing enclosing = ENCLOSING.get();
		return (enclosing != null) ? enclosing.deadline() : null;
	}

	/**
	 * What the enclosing deadline belongs to, as messages name it.
	 * @return its purpose, such as {@link #WAIT}, or {@code null} outside any
	 */
	static @Nullable String enclosingPurpose() {
		Enclosing enclosing = ENCLOSING.get();
		return (enclosing != null) ? enclosing.purpose() : null;
	}

	/**
	 * Guard an exchange on the current thread until {@link Guard#close()}.
	 * @param deadlineNanos the exchange's deadline
	 * @return the guard
	 */
	static Guard arm(long deadlineNanos) {
		Guard guard = new Guard(Thread.currentThread(), deadlineNanos, ARMED_SEQUENCE.incrementAndGet());
		if (deadlineNanos - System.nanoTime() <= 0) {
			guard.fired = true;
			return guard;
		}
		ARMED.add(guard);
		guard.armed = true;
		if (watchdogIdle || deadlineNanos - watchdogWakesAt < 0) {
			LockSupport.unpark(WATCHDOG);
		}
		return guard;
	}

	/**
	 * The watchdog of one exchange: what it cuts off when the deadline passes.
	 */
	static final class Guard implements AutoCloseable, Comparable<Guard> {

		private static final ThreadLocal<Guard> CURRENT = new ThreadLocal<>();

		private final Thread caller;

		private final long deadlineNanos;

		private final Object lock = new Object();

		private final long sequence;

		private volatile boolean armed;

		private @Nullable Closeable cancellable;

		private @Nullable InputStream body;

		private volatile boolean fired;

		private boolean interrupted;

		private boolean done;

		Guard(Thread caller, long deadlineNanos, long sequence) {
			this.caller = caller;
			this.deadlineNanos = deadlineNanos;
			this.sequence = sequence;
			CURRENT.set(this);
		}

		@Override
		public int compareTo(Guard other) {
			long difference = this.deadlineNanos - other.deadlineNanos;
			if (difference != 0) {
				return (difference < 0) ? -1 : 1;
			}
			return Long.compare(this.sequence, other.sequence);
		}

		/**
		 * The guard of the exchange the current thread makes, for request factories that
		 * can cancel their requests.
		 * @return the guard, or {@code null} outside an exchange
		 */
		static @Nullable Guard current() {
			return CURRENT.get();
		}

		/**
		 * Let the watchdog cancel the request itself, in any phase.
		 * @param cancellable cancels the request
		 */
		void onDeadlineCancel(Closeable cancellable) {
			synchronized (this.lock) {
				this.cancellable = cancellable;
			}
			if (this.fired) {
				fire();
			}
		}

		/**
		 * Let the watchdog abort the body being read.
		 * @param body the response's body
		 */
		void reading(InputStream body) {
			synchronized (this.lock) {
				this.body = body;
			}
			if (this.fired) {
				fire();
			}
		}

		/**
		 * The time left to the exchange's deadline, for request factories that give each
		 * request its own timeout.
		 * @return the time left, zero once the deadline has passed
		 */
		java.time.Duration remaining() {
			long left = this.deadlineNanos - System.nanoTime();
			return (left > 0) ? java.time.Duration.ofNanos(left) : java.time.Duration.ZERO;
		}

		boolean fired() {
			return this.fired;
		}

		private void fire() {
			synchronized (this.lock) {
				if (this.done) {
					return;
				}
				this.fired = true;
				if (this.cancellable != null) {
					closeQuietly(this.cancellable);
				}
				else if (this.body != null) {
					abort(this.body);
				}
				else {
					// Before the headers: only the JDK client's wait for them answers an interrupt.
					this.interrupted = true;
					this.caller.interrupt();
				}
			}
		}

		@Override
		public void close() {
			synchronized (this.lock) {
				this.done = true;
				if (this.armed) {
					ARMED.remove(this);
				}
				if (this.interrupted) {
					// The interrupt was the watchdog's, not the application's.
					Thread.interrupted();
				}
			}
			CURRENT.remove();
		}

	}

	/**
	 * Stop reading a body at once: an HttpClient 5 body is aborted, which drops its
	 * connection, since closing it would read the rest of it first; any other is closed.
	 * @param body the body
	 */
	static void abort(InputStream body) {
		if (HTTP_COMPONENTS_PRESENT && HttpComponents.abort(body)) {
			return;
		}
		closeQuietly(body);
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException | RuntimeException ex) {
			// Cutting it off is all that is wanted.
		}
	}

	private static final class HttpComponents {

		static boolean abort(InputStream body) {
			if (body instanceof org.apache.hc.core5.http.io.EofSensorInputStream sensor) {
				try {
					sensor.abort();
				}
				catch (IOException ex) {
					// The connection is dropped either way.
				}
				return true;
			}
			return false;
		}

	}

	private record Enclosing(long deadline, String purpose) {
	}

}
