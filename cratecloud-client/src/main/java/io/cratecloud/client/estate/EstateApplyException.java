package io.cratecloud.client.estate;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;
import org.jspecify.annotations.Nullable;

/**
 * An apply in which a change failed. Its {@link #getReport() report} says which changes
 * ran, which failed (with the service's reason) and which were skipped; its cause is the
 * first failure, such as a {@link io.cratecloud.client.CrateCloudPermissionException} for a
 * key that may not write. Nothing beyond what the report names was changed: planning again
 * shows what is left.
 */
public class EstateApplyException extends CrateCloudException {

	private final EstateReport report;

	/**
	 * Create a new instance.
	 * @param message the detail message
	 * @param call the call that failed first
	 * @param statusCode its HTTP status, or {@code 0}
	 * @param serverMessage the service's message, if any
	 * @param report what the apply did
	 * @param cause the first failure
	 */
	public EstateApplyException(String message, ApiCall call, int statusCode, @Nullable String serverMessage,
			EstateReport report, @Nullable Throwable cause) {
		super(message, call, statusCode, serverMessage, cause);
		this.report = report;
	}

	/**
	 * What the apply did.
	 * @return the report
	 */
	public EstateReport getReport() {
		return this.report;
	}

}
