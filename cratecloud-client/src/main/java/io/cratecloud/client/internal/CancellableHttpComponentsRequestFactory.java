package io.cratecloud.client.internal;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpRequest;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Spring's request factory for Apache HttpClient 5, on the same HttpClient, whose requests
 * the {@link Deadlines deadline watchdog} can cancel: HttpClient 5's reads block without
 * answering an interrupt, and its read timeout applies to each read, so only cancelling the
 * request stops a server that stalls before its headers or dribbles its body.
 */
final class CancellableHttpComponentsRequestFactory extends HttpComponentsClientHttpRequestFactory {

	CancellableHttpComponentsRequestFactory(HttpClient httpClient) {
		super(httpClient);
	}

	@Override
	protected void postProcessHttpRequest(ClassicHttpRequest request) {
		Deadlines.Guard guard = Deadlines.Guard.current();
		if (guard != null && request instanceof HttpUriRequestBase cancellable) {
			guard.onDeadlineCancel(cancellable::cancel);
		}
	}

}
