package io.cratecloud.client.estate;

import org.jspecify.annotations.Nullable;

/**
 * One change a plan would make, or could not make ({@linkplain #isBlocked() blocked}).
 *
 * @param kind what the change does
 * @param project the name of the project it belongs to
 * @param cluster the name of the cluster it changes, or {@code null} for a project's
 * @param clusterId the id of the cluster it changes, or {@code null} for a cluster not
 * created yet and for a project's
 * @param before the value now, as people read it, or {@code null} for a creation
 * @param after the value declared, as people read it
 * @param blockedReason why the API cannot make the change (it is never attempted), or
 * {@code null} if it can
 * @param path the property path of the declared value
 * @param runningOperation the id of an operation of this kind that already runs on the
 * cluster (one a crashed or timed-out apply sent): an apply joins it rather than sending the
 * change again; {@code null} if none runs
 */
public record PlannedChange(ChangeKind kind, String project, @Nullable String cluster, @Nullable String clusterId,
		@Nullable String before, String after, @Nullable String blockedReason, String path,
		@Nullable String runningOperation) {

	/**
	 * A change with no operation of its kind running.
	 * @param kind what the change does
	 * @param project the name of the project it belongs to
	 * @param cluster the name of the cluster it changes, or {@code null} for a project's
	 * @param clusterId the id of the cluster it changes, or {@code null}
	 * @param before the value now, or {@code null} for a creation
	 * @param after the value declared
	 * @param blockedReason why the API cannot make the change, or {@code null} if it can
	 * @param path the property path of the declared value
	 */
	public PlannedChange(ChangeKind kind, String project, @Nullable String cluster, @Nullable String clusterId,
			@Nullable String before, String after, @Nullable String blockedReason, String path) {
		this(kind, project, cluster, clusterId, before, after, blockedReason, path, null);
	}

	/**
	 * Whether the API cannot make this change, so that it is reported and never attempted.
	 * @return whether it is blocked
	 */
	public boolean isBlocked() {
		return this.blockedReason != null;
	}

	/**
	 * The resource the change is made on.
	 * @return {@code project <name>} or {@code cluster <project>/<name>}
	 */
	public String resource() {
		return (this.cluster != null) ? "cluster " + this.project + "/" + this.cluster : "project " + this.project;
	}

	/**
	 * The change as one line of a plan: {@code +} creates, {@code ~} changes, {@code !} is
	 * blocked.
	 * @return the line, without a line break
	 */
	public String describe() {
		StringBuilder line = new StringBuilder();
		line.append(isBlocked() ? '!' : (this.kind.isCreation() ? '+' : '~'))
			.append(' ')
			.append(this.kind.label())
			.append(' ')
			.append(resource())
			.append(": ");
		if (this.before != null) {
			line.append(this.before).append(" -> ");
		}
		line.append(this.after);
		if (this.blockedReason != null) {
			line.append(" (blocked: ").append(this.blockedReason).append(')');
		}
		else if (this.runningOperation != null) {
			line.append(" (running: operation ").append(this.runningOperation).append(", which an apply joins)");
		}
		return line.toString();
	}

	@Override
	public String toString() {
		return describe();
	}

}
