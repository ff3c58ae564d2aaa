package io.cratecloud.client.clusters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The kind of a long-running cluster change, such as {@code SCALE}. The constants name the
 * values the API documents; any other value the service sends is kept as it is. A cluster's
 * health reports the empty value, {@link #NONE}, when no change is running.
 *
 * @param value the type as the API writes it
 */
public record OperationType(@JsonValue String value) {

	/** No operation: what a cluster's health reports when it is idle. */
	public static final OperationType NONE = new OperationType("");

	/** The cluster is being deployed. */
	public static final OperationType CREATE = new OperationType("CREATE");

	/** The number of nodes changes. */
	public static final OperationType SCALE = new OperationType("SCALE");

	/** CrateDB is upgraded to another version. */
	public static final OperationType UPGRADE = new OperationType("UPGRADE");

	/** The cluster is suspended or resumed; both directions share this type. */
	public static final OperationType SUSPEND = new OperationType("SUSPEND");

	/** The cluster moves to another product, changing its compute. */
	public static final OperationType CHANGE_COMPUTE = new OperationType("CHANGE_COMPUTE");

	/** The storage of every node grows. */
	public static final OperationType EXPAND_STORAGE = new OperationType("EXPAND_STORAGE");

	/** The backup schedule changes. */
	public static final OperationType BACKUP_SCHEDULE_UPDATE = new OperationType("BACKUP_SCHEDULE_UPDATE");

	/** The IP ranges allowed to connect change. */
	public static final OperationType ALLOWED_CIDR_UPDATE = new OperationType("ALLOWED_CIDR_UPDATE");

	/** The password of the cluster's admin user changes. */
	public static final OperationType PASSWORD_UPDATE = new OperationType("PASSWORD_UPDATE");

	/** Tables are restored from a snapshot. */
	public static final OperationType RESTORE_SNAPSHOT = new OperationType("RESTORE_SNAPSHOT");

	/**
	 * Create an operation type.
	 * @param value the type as the API writes it, empty for none
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public OperationType {
		Arguments.required(value, "value");
	}

	/**
	 * Whether this is the empty value a cluster's health reports when no change is running.
	 * @return {@code true} if the value is blank
	 */
	public boolean isNone() {
		return this.value.isBlank();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
