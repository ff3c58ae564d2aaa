package io.cratecloud.client;

import org.springframework.http.HttpMethod;

/**
 * What was asked of the CrateDB Cloud API: the HTTP method, the path template as the
 * OpenAPI document names it, and the concrete path (with its query) that was requested.
 *
 * @param method the HTTP method
 * @param pathTemplate the path template, for example {@code /api/v2/clusters/{cluster_id}/}
 * @param path the concrete path and query that was requested
 */
public record ApiCall(HttpMethod method, String pathTemplate, String path) {

	@Override
	public String toString() {
		return this.method.name() + " " + this.path;
	}

}
