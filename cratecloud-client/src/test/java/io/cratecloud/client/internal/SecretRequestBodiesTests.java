package io.cratecloud.client.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies that carry a token never print it.
 */
class SecretRequestBodiesTests {

	@Test
	void aConfirmationTokenIsNeverPrinted() {
		assertThat(new ConfirmationToken("c3e1f0a2-6b4d-4e8f-9a7c-2d5b1e0f3a64").toString()).doesNotContain("c3e1f0a2");
	}

	@Test
	void aRefreshTokenIsNeverPrinted() {
		String refreshToken = "rt-4f8d2c1a9b7e6d5c3b2a1f0e9d8c7b6a";

		assertThat(new JwtRefresh(refreshToken).toString()).doesNotContain(refreshToken);
	}

}
