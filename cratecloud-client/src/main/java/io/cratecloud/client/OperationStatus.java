package io.cratecloud.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where background work (a cluster change or a data job) stands, such as {@code IN_PROGRESS}. Both move
 * from {@link #REGISTERED} through {@link #SENT} and {@link #IN_PROGRESS} to
 * {@link #SUCCEEDED} or {@link #FAILED}. The constants name those values; any other value
 * the service sends is kept as it is.
 *
 * @param value the status as the API writes it
 */
public record OperationStatus(@JsonValue String value) {

	/** The change was accepted. */
	public static final OperationStatus REGISTERED = new OperationStatus("REGISTERED");

	/** The change was sent to the cluster's region. */
	public static final OperationStatus SENT = new OperationStatus("SENT");

	/** The region is carrying out the change. */
	public static final OperationStatus IN_PROGRESS = new OperationStatus("IN_PROGRESS");

	/** The change is done. */
	public static final OperationStatus SUCCEEDED = new OperationStatus("SUCCEEDED");

	/** The change failed; the operation's feedback says why. */
	public static final OperationStatus FAILED = new OperationStatus("FAILED");

	/**
	 * Create an operation status.
	 * @param value the status as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public OperationStatus {
		Arguments.required(value, "value");
	}

	/**
	 * Whether the change has come to an end, successfully or not.
	 * @return {@code true} for {@link #SUCCEEDED} and {@link #FAILED}
	 */
	public boolean isFinished() {
		return equals(SUCCEEDED) || equals(FAILED);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
