package io.cratecloud.client.sql;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;
import org.jspecify.annotations.Nullable;

/**
 * A statement a cluster refused, or an error answer of its SQL endpoint. Carries CrateDB's
 * error code ({@code 4xxx}: the statement's fault, such as {@code 4000} invalid SQL,
 * {@code 4041} unknown table, {@code 4091} duplicate key; {@code 5xxx}: the cluster's), the
 * statement (never its parameters' values) and the cluster. Statements refused with a
 * {@code 4xxx} code are never retried.
 */
public class CrateDbSqlException extends CrateCloudException {

	private final int errorCode;

	private final String statement;

	private final String clusterId;

	/**
	 * Create an exception.
	 * @param message the detail message
	 * @param call the request that failed, {@code POST /_sql}
	 * @param statusCode the HTTP status of the answer
	 * @param serverMessage CrateDB's error message, if it sent one
	 * @param errorCode CrateDB's error code, {@code 0} when the answer had none
	 * @param statement the statement
	 * @param clusterId the cluster's id
	 */
	public CrateDbSqlException(String message, ApiCall call, int statusCode, @Nullable String serverMessage,
			int errorCode, String statement, String clusterId) {
		super(message, call, statusCode, serverMessage, null);
		this.errorCode = errorCode;
		this.statement = statement;
		this.clusterId = clusterId;
	}

	/**
	 * CrateDB's error code, such as {@code 4041} for an unknown table.
	 * @return the code, or {@code 0} when the answer carried none (a proxy's error page)
	 */
	public int getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Whether CrateDB blames the statement ({@code 4xxx}): sending it again fails again.
	 * @return {@code true} for a {@code 4xxx} code
	 */
	public boolean isStatementError() {
		return this.errorCode >= 4000 && this.errorCode < 5000;
	}

	/**
	 * The statement that was refused, without its parameters' values.
	 * @return the statement
	 */
	public String getStatement() {
		return this.statement;
	}

	/**
	 * The cluster the statement was sent to.
	 * @return the cluster's id
	 */
	public String getClusterId() {
		return this.clusterId;
	}

}
