package io.cratecloud.client.internal;

import java.time.Instant;
import java.util.List;

import io.cratecloud.client.DublinCore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CrateCloudJsonTests {

	private final JsonMapper mapper = CrateCloudJson.createMapper();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-07-10T10:41:02.983000+00:00 | 2026-07-10T10:41:02.983Z
			2026-07-10T10:41:02.983Z         | 2026-07-10T10:41:02.983Z
			2026-07-10T12:41:02+02:00        | 2026-07-10T10:41:02Z
			2026-07-10T10:41:02.983000       | 2026-07-10T10:41:02.983Z
			2026-07-10T10:41:02              | 2026-07-10T10:41:02Z
			""")
	void everyTimestampFormOfTheServiceParses(String text, String expected) {
		DublinCore dc = this.mapper.readValue("{\"created\": \"" + text + "\"}", DublinCore.class);

		assertThat(dc.created()).isEqualTo(Instant.parse(expected));
	}

	@Test
	void emptyAndNullTimestampsAreAbsent() {
		DublinCore dc = this.mapper.readValue("{\"created\": \"\", \"modified\": null}", DublinCore.class);

		assertThat(dc.created()).isNull();
		assertThat(dc.modified()).isNull();
	}

	@Test
	void unknownPropertiesAreIgnored() {
		DublinCore dc = this.mapper.readValue(
				"{\"created\": \"2026-07-10T10:41:02Z\", \"brand_new\": {\"deep\": [1, 2]}}", DublinCore.class);

		assertThat(dc.created()).isEqualTo(Instant.parse("2026-07-10T10:41:02Z"));
	}

	@Test
	void requestBodiesAreSnakeCaseWithoutNulls() {
		String json = this.mapper.writeValueAsString(new ExampleRequest("analytics", null, List.of("10.0.0.0/8")));

		assertThat(this.mapper.readTree(json).propertyNames()).containsExactlyInAnyOrder("project_name",
				"allowed_cidrs");
	}

	@Test
	void aSingleObjectIsReadAsAListOfOne() {
		List<DublinCore> list = this.mapper.readValue("{\"created\": \"2026-07-10T10:41:02Z\"}",
				this.mapper.getTypeFactory().constructCollectionType(List.class, DublinCore.class));

		assertThat(list).hasSize(1);
	}

	record ExampleRequest(String projectName, @Nullable String description, List<String> allowedCidrs) {
	}

}
