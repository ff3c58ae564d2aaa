package io.cratecloud.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads response bodies without ever holding more of them than a limit: whatever a server
 * sends, however it is compressed, only the bytes read from the (inflated) stream count.
 */
final class BoundedBodies {

	private static final int CHUNK = 8192;

	private BoundedBodies() {
	}

	/**
	 * Read a body up to a limit.
	 * @param body the body, or {@code null} for none
	 * @param limit the most bytes to keep
	 * @return what was read, and whether there was more
	 * @throws IOException if reading fails
	 */
	static Read read(@Nullable InputStream body, long limit) throws IOException {
		return read(body, limit, -1);
	}

	/**
	 * Read a body up to a limit, into an array of the announced length when it is known and
	 * within the limit, so that a body that is as long as announced is read without a copy.
	 * The announcement is only a hint: a body longer or shorter than announced (an inflated
	 * one, say) is read as any other.
	 * @param body the body, or {@code null} for none
	 * @param limit the most bytes to keep
	 * @param announcedLength the body's {@code Content-Length}, or {@code -1} if unknown
	 * @return what was read, and whether there was more
	 * @throws IOException if reading fails
	 */
	static Read read(@Nullable InputStream body, long limit, long announcedLength) throws IOException {
		if (body == null) {
			return new Read(new byte[0], false);
		}
		int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
		byte[] buffer = new byte[(announcedLength >= 0 && announcedLength <= cap) ? (int) announcedLength
				: Math.min(cap + 1, CHUNK)];
		int length = 0;
		while (true) {
			if (length == buffer.length) {
				// Full: one more byte tells the end of the body from more of it.
				int next = body.read();
				if (next < 0) {
					return new Read(buffer, false);
				}
				if (length >= cap) {
					return new Read((length == cap) ? buffer : Arrays.copyOf(buffer, cap), true);
				}
				buffer = Arrays.copyOf(buffer, (int) Math.min((long) cap + 1, Math.max(buffer.length * 2L, CHUNK)));
				buffer[length++] = (byte) next;
				continue;
			}
			int count = body.read(buffer, length, buffer.length - length);
			if (count < 0) {
				return new Read((length == buffer.length) ? buffer : Arrays.copyOf(buffer, length), false);
			}
			length += count;
			if (length > cap) {
				return new Read(Arrays.copyOf(buffer, cap), true);
			}
		}
	}

	/**
	 * A body as far as it was read.
	 *
	 * @param bytes the bytes read, at most the limit
	 * @param truncated whether the body went on beyond the limit
	 */
	record Read(byte[] bytes, boolean truncated) {
	}

}
