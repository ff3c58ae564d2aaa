package io.cratecloud.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ApiUris}: the URIs it expands are exactly those of Spring's
 * {@code DefaultUriBuilderFactory} in {@code VALUES_ONLY} mode, which the client used before,
 * for values that try to leave their segment or query parameter.
 */
class ApiUrisTests {

	private static final String BASE = "https://console.cratedb.cloud";

	private static final List<String> VALUES = List.of("8d3f5a2c-9b1e-4c7d-a6f0-2e4b8c1d9f37", "../organizations",
			"a/b", "a b", "a+b", "a%2Fb", "50%", "x?y=1", "x#frag", "k=v&w=z", "ümlaut", "日本", "emoji 🚀", ";matrix",
			"", "2026-07-10T10:00:00+00:00", "{not_a_variable}");

	private final ApiUris uris = new ApiUris(BASE);

	private final DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory(BASE);

	ApiUrisTests() {
		this.spring.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.VALUES_ONLY);
	}

	@Test
	void pathAndQueryVariablesAreEncodedAsSpringEncodesThem() {
		for (String value : VALUES) {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("cluster_id", value);
			variables.put("q0", value);
			variables.put("q1", 42);
			String template = "/api/v2/clusters/{cluster_id}/operations/?type={q0}&limit={q1}";
			assertThat(this.uris.expand(template, variables)).as(value)
				.isEqualTo(this.spring.expand(template, variables));
		}
	}

	@Test
	void aTemplateWithoutVariablesGivesTheSameUriEachTime() {
		URI first = this.uris.expand("/api/v2/users/me/", Map.of());
		assertThat(first).isEqualTo(URI.create(BASE + "/api/v2/users/me/"));
		assertThat(this.uris.expand("/api/v2/users/me/", Map.of())).isSameAs(first);
	}

	@Test
	void aMissingVariableIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.uris.expand("/api/v2/clusters/{cluster_id}/", Map.of()))
			.withMessageContaining("cluster_id");
	}

}
