package io.cratecloud.client.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import org.jspecify.annotations.Nullable;

/**
 * The URLs the service hands out for the client to follow or to give to the user, such as the
 * pre-signed URLs of organization files: only an absolute {@code https} URL with a host (or
 * {@code http} to a loopback host, as tests and local fakes use) is taken; anything else is an
 * answer the client cannot use, and fails naming the call that brought it. A pre-signed URL
 * holds its signature, so a message never quotes it: it says what is wrong with it instead.
 */
public final class Urls {

	private Urls() {
	}

	/**
	 * Check a URL an answer holds.
	 * @param url the URL
	 * @param call the call that answered it
	 * @param status the status it was answered with
	 * @param what what the URL is, for the message, such as {@code "the upload_url of file 1234"}
	 * @return the URL
	 * @throws CrateCloudUnexpectedResponseException if it is no absolute https URL with a host
	 */
	static URI absolute(String url, ApiCall call, int status, String what) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw unusable(call, status, what, "is not a URL: " + ex.getReason());
		}
		String scheme = uri.getScheme();
		if (scheme == null || uri.getHost() == null) {
			throw unusable(call, status, what, "is not an absolute URL with a host");
		}
		if (!"https".equalsIgnoreCase(scheme) && !("http".equalsIgnoreCase(scheme) && isLoopback(uri.getHost()))) {
			throw unusable(call, status, what, "uses " + scheme + ", not https");
		}
		return uri;
	}

	private static CrateCloudUnexpectedResponseException unusable(ApiCall call, int status, String what,
			String reason) {
		return new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate() + ") answered with " + what
				+ " that " + reason + ": it cannot be used", call, status, null, null);
	}

	/**
	 * Whether a host is a loopback one: {@code localhost}, or an IP literal of a loopback
	 * address. No name is looked up.
	 * @param host the host, an IPv6 literal in brackets or not
	 * @return whether it is a loopback host
	 */
	public static boolean isLoopback(@Nullable String host) {
		if (host == null) {
			return false;
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		String literal = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		// Only IP literals are resolved, so no name lookup happens here.
		if (!literal.contains(":") && !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
