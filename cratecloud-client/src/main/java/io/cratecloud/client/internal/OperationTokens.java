package io.cratecloud.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.OperationKind;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of {@link io.cratecloud.client.PendingOperation pending operations}: a version
 * prefix, then the kind, the cluster's id, the operation's or job's id and the time the
 * change was accepted, in URL-safe Base64 so that a token travels in a URL, a file or a
 * database column as it is. Ids only: nothing secret.
 */
final class OperationTokens {

	private static final String PREFIX = "cco1.";

	private static final String SEPARATOR = "\n";

	/** Kinds and ids as the API writes them: no separator can hide in one. */
	private static final Pattern FIELD = Pattern.compile("^[A-Za-z0-9_.:-]{1,128}$");

	private OperationTokens() {
	}

	static String encode(OperationKind kind, String clusterId, @Nullable String id, @Nullable Instant since) {
		String text = kind.value() + SEPARATOR + clusterId + SEPARATOR + ((id != null) ? id : "") + SEPARATOR
				+ ((since != null) ? Long.toString(since.getEpochSecond()) : "");
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Read a token.
	 * @param token the token
	 * @return what it holds
	 * @throws IllegalArgumentException if it is not a token this client made
	 */
	static Token decode(@Nullable String token) {
		Arguments.text(token, "token");
		if (!token.startsWith(PREFIX)) {
			throw notAToken();
		}
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw notAToken();
		}
		String[] fields = text.split(SEPARATOR, -1);
		if (fields.length != 4 || !FIELD.matcher(fields[0]).matches() || !FIELD.matcher(fields[1]).matches()
				|| (!fields[2].isEmpty() && !FIELD.matcher(fields[2]).matches())) {
			throw notAToken();
		}
		Instant since = null;
		if (!fields[3].isEmpty()) {
			try {
				since = Instant.ofEpochSecond(Long.parseLong(fields[3]));
			}
			catch (RuntimeException ex) {
				throw notAToken();
			}
		}
		return new Token(new OperationKind(fields[0]), fields[1], fields[2].isEmpty() ? null : fields[2], since);
	}

	private static IllegalArgumentException notAToken() {
		// The value itself is not repeated: it may be anything a caller passed by mistake.
		return new IllegalArgumentException("token must be a token of a pending operation, as "
				+ "PendingOperation.token() gives it (starting with '" + PREFIX + "')");
	}

	/**
	 * What a token holds.
	 *
	 * @param kind the work's kind
	 * @param clusterId the cluster's id
	 * @param id the operation's or job's id, if known
	 * @param since when the service accepted the change, by its own clock, if known
	 */
	record Token(OperationKind kind, String clusterId, @Nullable String id, @Nullable Instant since) {
	}

}
