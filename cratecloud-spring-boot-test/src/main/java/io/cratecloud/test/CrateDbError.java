package io.cratecloud.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * A refusal by a cluster's SQL endpoint, answered as CrateDB answers one: its HTTP status and
 * {@code {"error": {"message": "ExceptionName[message]", "code": NNNN}}}, the code one of
 * CrateDB's ({@code io.crate.rest.action.HttpErrorStatus}: 4xxx the statement's fault, 5xxx
 * the cluster's), the message as CrateDB's {@code Exceptions.userFriendlyMessage} writes it.
 */
final class CrateDbError extends RuntimeException {

	private final int status;

	private final int code;

	/**
	 * A refusal.
	 * @param status the HTTP status
	 * @param code CrateDB's error code
	 * @param exception the simple name of the exception CrateDB would throw, e.g. {@code RelationUnknown}
	 * @param message the exception's message
	 */
	CrateDbError(int status, int code, String exception, String message) {
		super(exception + "[" + message + "]", null, false, false);
		this.status = status;
		this.code = code;
	}

	int status() {
		return this.status;
	}

	int code() {
		return this.code;
	}

	/**
	 * The answer: the status and CrateDB's error object.
	 */
	FakeResponse response(FakeState state) {
		ObjectNode body = state.object();
		body.putObject("error").put("message", getMessage()).put("code", this.code);
		return FakeResponse.status(this.status, body);
	}

}
