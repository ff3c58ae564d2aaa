package io.cratecloud.client;

import org.jspecify.annotations.Nullable;

/**
 * How background work stands, as one poll of a {@link PendingOperation} saw it.
 *
 * @param kind what the work is, as {@link PendingOperation#kind()} says
 * @param clusterId the id of the cluster the work is done on
 * @param id the id of the cluster operation or data job, or {@code null} where there is none
 * (a deletion, a wait for health) or it is not known yet
 * @param status where the work stands; {@link OperationStatus#SUCCEEDED} and
 * {@link OperationStatus#FAILED} end it
 * @param message what the service says about it: a cluster operation's feedback message, a
 * data job's progress message, or the health a cluster reports; {@code null} if nothing
 * @param percent how much of a data job is done, from 0 to 100, or {@code null} where the
 * API does not say
 * @param records how many records a data job has processed, or {@code null} where the API
 * does not say
 */
public record OperationProgress(OperationKind kind, String clusterId, @Nullable String id, @Nullable OperationStatus status,
		@Nullable String message, @Nullable Double percent, @Nullable Long records) {

	/**
	 * Whether this progress says the work has ended, one way or the other.
	 * @return {@code true} for {@link OperationStatus#SUCCEEDED} and
	 * {@link OperationStatus#FAILED}
	 */
	public boolean isFinished() {
		return this.status != null && this.status.isFinished();
	}

	/**
	 * The progress in a few words, such as {@code IN_PROGRESS 40%: Importing}.
	 * @return the status, percent, records and message that are known
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(String.valueOf(this.status));
		if (this.percent != null) {
			text.append(' ').append(this.percent).append('%');
		}
		if (this.records != null) {
			text.append(", ").append(this.records).append(" records");
		}
		if (this.message != null && !this.message.isBlank()) {
			text.append(": ").append(this.message);
		}
		return text.toString();
	}

}
