package io.cratecloud.client.internal;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * Turns an error answer of an endpoint that is not the API's, such as a cluster's SQL
 * endpoint, into the exception to throw.
 */
@FunctionalInterface
public interface ErrorReader {

	/**
	 * The exception for an error answer.
	 * @param call the call that was answered
	 * @param status the answer's status
	 * @param headers the answer's headers
	 * @param body the start of the answer's body, bounded
	 * @return the exception
	 */
	CrateCloudException exception(ApiCall call, HttpStatusCode status, HttpHeaders headers, byte[] body);

}
