package io.cratecloud.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.cratecloud.client.CrateCloudCredentials;

import org.springframework.http.HttpHeaders;

/**
 * Keeps secrets out of what the client says: every message it builds from a server's answer
 * or an I/O failure goes through {@link #redact(String)} first. It knows the secrets of the
 * credentials the client has sent, the last few of them, so that a secret that was rotated
 * away and comes back in an answer is hidden too.
 */
public final class Redactor {

	private static final String REDACTED = "******";

	/**
	 * The shortest piece of a secret that is hidden where a text was cut: shorter ones are
	 * too common in any text to tell, and tell too little of a secret.
	 */
	static final int SHORTEST_PIECE = 4;

	/** How many credentials are remembered: more than rotation ever keeps alive at once. */
	private static final int REMEMBERED_CREDENTIALS = 8;

	private final Object lock = new Object();

	private final List<CrateCloudCredentials> remembered = new ArrayList<>();

	private volatile List<String> secrets = List.of();

	/**
	 * Remember the secret of credentials that are about to be sent, in each form it can take
	 * in an answer: as it is, Base64-encoded, and as the whole encoded Basic credentials.
	 * @param credentials the credentials
	 */
	public void remember(CrateCloudCredentials credentials) {
		synchronized (this.lock) {
			if (this.remembered.contains(credentials)) {
				return;
			}
			if (this.remembered.size() == REMEMBERED_CREDENTIALS) {
				this.remembered.remove(0);
			}
			this.remembered.add(credentials);
			List<String> forms = new ArrayList<>();
			for (CrateCloudCredentials known : this.remembered) {
				String secret = known.apiSecret();
				// Longest first, so that the encoded pair is hidden whole, not around a hidden secret.
				forms.add(HttpHeaders.encodeBasicAuth(known.apiKey(), secret, StandardCharsets.UTF_8));
				forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
				forms.add(secret);
			}
			forms.sort((a, b) -> Integer.compare(b.length(), a.length()));
			this.secrets = List.copyOf(forms);
		}
	}

	/**
	 * Hide every remembered secret in a text that was cut from a longer one, pieces of a
	 * secret at its ends included: a cut through a secret leaves its beginning at the end of
	 * the text, or its end at the beginning.
	 * @param text the text
	 * @return the text with each secret, and each piece of one at either end, replaced by
	 * {@code ******}
	 */
	public String redactCut(String text) {
		String redacted = redact(text);
		for (String secret : this.secrets) {
			for (int length = Math.min(secret.length() - 1, redacted.length()); length >= SHORTEST_PIECE; length--) {
				if (redacted.endsWith(secret.substring(0, length))) {
					redacted = redacted.substring(0, redacted.length() - length) + REDACTED;
					break;
				}
			}
			for (int length = Math.min(secret.length() - 1, redacted.length()); length >= SHORTEST_PIECE; length--) {
				if (redacted.startsWith(secret.substring(secret.length() - length))) {
					redacted = REDACTED + redacted.substring(length);
					break;
				}
			}
		}
		return redacted;
	}

	/**
	 * Hide every remembered secret in a text.
	 * @param text the text
	 * @return the text with each secret replaced by {@code ******}
	 */
	public String redact(String text) {
		String redacted = text;
		for (String secret : this.secrets) {
			redacted = redacted.replace(secret, REDACTED);
		}
		return redacted;
	}

}
