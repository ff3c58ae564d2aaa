package io.cratecloud.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a {@link PendingOperation} waits for: the type of a cluster's operation, such as
 * {@code SCALE}, or one of the waits that have none, {@link #DELETE}, {@link #HEALTH},
 * {@link #IMPORT} and {@link #EXPORT}. The constants name the kinds the client knows; a
 * cluster operation of a type the API does not document is kept as it is.
 *
 * @param value the kind, as the API writes an operation's type
 */
public record OperationKind(@JsonValue String value) {

	/** A cluster is deployed. */
	public static final OperationKind CREATE = new OperationKind("CREATE");

	/** A cluster's number of nodes changes. */
	public static final OperationKind SCALE = new OperationKind("SCALE");

	/** A cluster's CrateDB is upgraded to another version. */
	public static final OperationKind UPGRADE = new OperationKind("UPGRADE");

	/** A cluster is suspended or resumed; both directions share this type. */
	public static final OperationKind SUSPEND = new OperationKind("SUSPEND");

	/** A cluster moves to another product. */
	public static final OperationKind CHANGE_COMPUTE = new OperationKind("CHANGE_COMPUTE");

	/** The storage of every node of a cluster grows. */
	public static final OperationKind EXPAND_STORAGE = new OperationKind("EXPAND_STORAGE");

	/** A cluster's backup schedule changes. */
	public static final OperationKind BACKUP_SCHEDULE_UPDATE = new OperationKind("BACKUP_SCHEDULE_UPDATE");

	/** The IP ranges allowed to connect to a cluster change. */
	public static final OperationKind ALLOWED_CIDR_UPDATE = new OperationKind("ALLOWED_CIDR_UPDATE");

	/** The password of a cluster's admin user changes. */
	public static final OperationKind PASSWORD_UPDATE = new OperationKind("PASSWORD_UPDATE");

	/** Tables of a cluster are restored from a snapshot. */
	public static final OperationKind RESTORE_SNAPSHOT = new OperationKind("RESTORE_SNAPSHOT");

	/** A cluster is deleted, which it is once the API no longer knows it; no operation carries it. */
	public static final OperationKind DELETE = new OperationKind("DELETE");

	/** A cluster's health becomes GREEN, which no operation carries. */
	public static final OperationKind HEALTH = new OperationKind("HEALTH");

	/** An import job runs. */
	public static final OperationKind IMPORT = new OperationKind("IMPORT");

	/** An export job runs. */
	public static final OperationKind EXPORT = new OperationKind("EXPORT");

	/**
	 * Whatever change runs on a cluster, before a poll has seen its type: the kind of the
	 * {@link CrateCloudOperationInProgressException#runningOperation() running operation} a
	 * refused change names.
	 */
	public static final OperationKind UNKNOWN = new OperationKind("UNKNOWN");

	/**
	 * An estate's apply: the changes of many clusters and projects, carried out by
	 * {@link io.cratecloud.client.estate.EstateClient#apply(io.cratecloud.client.estate.Estate)}.
	 */
	public static final OperationKind ESTATE = new OperationKind("ESTATE");

	/**
	 * Create a kind.
	 * @param value the kind, as the API writes an operation's type
	 * @throws IllegalArgumentException if the value is {@code null} or blank
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public OperationKind {
		Arguments.text(value, "value");
	}

	/**
	 * Whether this kind is carried by a cluster operation, rather than followed on a data
	 * job or on the cluster itself.
	 * @return {@code false} for {@link #DELETE}, {@link #HEALTH}, {@link #IMPORT},
	 * {@link #EXPORT}, {@link #UNKNOWN} and {@link #ESTATE}
	 */
	public boolean isClusterOperation() {
		return !equals(DELETE) && !equals(HEALTH) && !equals(IMPORT) && !equals(EXPORT) && !equals(UNKNOWN)
				&& !equals(ESTATE);
	}

	/**
	 * Whether this kind is a data job's.
	 * @return {@code true} for {@link #IMPORT} and {@link #EXPORT}
	 */
	public boolean isDataJob() {
		return equals(IMPORT) || equals(EXPORT);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
