package io.cratecloud.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.OperationKind;
import io.cratecloud.client.OperationProgress;
import io.cratecloud.client.OperationProgressListener;
import io.cratecloud.client.PendingOperation;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link PendingOperation}: what the work is, how to look at it,
 * and how to name it in messages; the {@link Waiter} does the waiting.
 *
 * @param <T> what the work produces
 */
final class DefaultPendingOperation<T> implements PendingOperation<T> {

	private final Waiter waiter;

	private final String clusterId;

	private final @Nullable Instant since;

	private final Function<DefaultPendingOperation<T>, String> what;

	private final ApiCall pollCall;

	private final Function<String, String> howToFollow;

	private final Probe<T> probe;

	private volatile OperationKind kind;

	private volatile @Nullable String id;

	/**
	 * Create a handle.
	 * @param waiter the waiter that awaits it
	 * @param kind what the work is, as {@link #kind()} says
	 * @param clusterId the id of the cluster the work is done on
	 * @param id the id of the operation or job, if known
	 * @param since when the service accepted the change, by its clock, if known
	 * @param what the work in words, such as {@code "The SCALE change of cluster 1234"}, given
	 * the handle as it knows the work then
	 * @param pollCall the call each look makes, for exceptions
	 * @param howToFollow how to follow the work once a wait has given up, given the handle's
	 * token: the call to poll and how to wait again
	 * @param probe how to look at the work
	 */
	DefaultPendingOperation(Waiter waiter, OperationKind kind, String clusterId, @Nullable String id,
			@Nullable Instant since, Function<DefaultPendingOperation<T>, String> what, ApiCall pollCall,
			Function<String, String> howToFollow, Probe<T> probe) {
		this.waiter = waiter;
		this.kind = kind;
		this.clusterId = clusterId;
		this.id = id;
		this.since = since;
		this.what = what;
		this.pollCall = pollCall;
		this.howToFollow = howToFollow;
		this.probe = probe;
	}

	@Override
	public OperationKind kind() {
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
	public String token() {
		return OperationTokens.encode(this.kind, this.clusterId, this.id, this.since);
	}

	@Override
	public T await(Duration timeout, OperationProgressListener listener) {
		return this.waiter.await(this, timeout, listener);
	}

	/**
	 * Learn what a poll saw: the id of the operation found, and its type where the handle
	 * did not know it.
	 */
	void learn(OperationProgress progress) {
		if (progress.id() != null && this.id == null) {
			this.id = progress.id();
		}
		if (OperationKind.UNKNOWN.equals(this.kind) && !OperationKind.UNKNOWN.equals(progress.kind())) {
			this.kind = progress.kind();
		}
	}

	String subject() {
		String known = this.id;
		String described = this.what.apply(this);
		// A job is named by its id from the start; a change only once its operation has been seen.
		return (known != null && !this.kind.isDataJob()) ? described + " (operation " + known + ")" : described;
	}

	String notSeenYet() {
		return this.kind.isDataJob() ? "no poll was answered" : "its operation had not appeared yet";
	}

	String howToFollow() {
		return this.howToFollow.apply(token());
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
