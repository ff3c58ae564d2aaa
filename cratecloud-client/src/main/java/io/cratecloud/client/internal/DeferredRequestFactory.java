package io.cratecloud.client.internal;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * A request factory built by the first request: building an HTTP client initializes TLS,
 * which takes a cold JVM about a quarter of a second, and an application need not pay it at
 * start-up when it calls the API later, or never.
 */
final class DeferredRequestFactory implements ClientHttpRequestFactory {

	private final Supplier<ClientHttpRequestFactory> creator;

	private volatile @Nullable ClientHttpRequestFactory created;

	DeferredRequestFactory(Supplier<ClientHttpRequestFactory> creator) {
		this.creator = creator;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return delegate().createRequest(uri, httpMethod);
	}

	private ClientHttpRequestFactory delegate() {
		ClientHttpRequestFactory factory = this.created;
		if (factory == null) {
			synchronized (this) {
				factory = this.created;
				if (factory == null) {
					factory = this.creator.get();
					this.created = factory;
				}
			}
		}
		return factory;
	}

	@Override
	public String toString() {
		ClientHttpRequestFactory factory = this.created;
		return "DeferredRequestFactory[" + ((factory != null) ? factory : "built on the first request") + "]";
	}

}
