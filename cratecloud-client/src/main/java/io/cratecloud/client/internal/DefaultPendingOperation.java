package io.cratecloud.client.internal;

import java.time.Duration;
import java.util.function.Function;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.OperationProgressListener;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.observation.OperationAwaitObservationContext;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link PendingOperation}: what the work is, how to look at it,
 * and how to name it in messages; the {@link Waiter} does the waiting.
 *
 * @param <T> what the work produces
 */
public final class DefaultPendingOperation<T> implements PendingOperation<T> {

	private final Waiter waiter;

	private final String kind;

	private final String clusterId;

	private final String what;

	private final ApiCall pollCall;

	private final Function<@Nullable String, String> howToFollow;

	private final Probe<T> probe;

	private volatile @Nullable String id;

	/**
	 * Create a handle.
	 * @param waiter the waiter that awaits it
	 * @param kind what the work is, as {@link #kind()} says
	 * @param clusterId the id of the cluster the work is done on
	 * @param id the id of the operation or job, if known
	 * @param what the work in words, such as {@code "The SCALE change of cluster 1234"}
	 * @param pollCall the call each look makes, for exceptions
	 * @param howToFollow how to follow the work once a wait has given up, given its id if
	 * known: the call to poll and the client method that rebuilds the handle
	 * @param probe how to look at the work
	 */
	public DefaultPendingOperation(Waiter waiter, String kind, String clusterId, @Nullable String id, String what,
			ApiCall pollCall, Function<@Nullable String, String> howToFollow, Probe<T> probe) {
		this.waiter = waiter;
		this.kind = kind;
		this.clusterId = clusterId;
		this.id = id;
		this.what = what;
		this.pollCall = pollCall;
		this.howToFollow = howToFollow;
		this.probe = probe;
	}

	@Override
	public String kind() {
		return this.kind;
	}

	@Override
	public String clusterId() {
		return this.clusterId;
	}

	@Override
	public @Nullable String id() {
		return this.id;
	}

	@Override
	public T await(Duration timeout, OperationProgressListener listener) {
		return this.waiter.await(this, timeout, listener);
	}

	boolean isJob() {
		return OperationAwaitObservationContext.IMPORT.equals(this.kind)
				|| OperationAwaitObservationContext.EXPORT.equals(this.kind);
	}

	void learnId(@Nullable String seen) {
		if (seen != null && this.id == null) {
			this.id = seen;
		}
	}

	String subject() {
		String known = this.id;
		// A job is named by its id from the start; a change only once its operation has been seen.
		return (known != null && !isJob()) ? this.what + " (operation " + known + ")" : this.what;
	}

	String notSeenYet() {
		return isJob() ? "no poll was answered" : "its operation had not appeared yet";
	}

	String howToFollow() {
		return this.howToFollow.apply(this.id);
	}

	ApiCall pollCall() {
		return this.pollCall;
	}

	Probe<T> probe() {
		return this.probe;
	}

	@Override
	public String toString() {
		return "PendingOperation[kind=" + this.kind + ", clusterId=" + this.clusterId + ", id=" + this.id + "]";
	}

}
