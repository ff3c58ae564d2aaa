package io.cratecloud.examples;

import java.nio.file.Path;

import io.cratecloud.testsupport.ReadmeBlocks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README shows the examples of {@link ReadmeExamples} as they are, so what it shows
 * compiles.
 */
class ReadmeExamplesTests {

	@Test
	void everyExampleStandsInTheReadmeAsItIsInTheSource() {
		assertThat(ReadmeBlocks.assertReadmeShows(Path.of("src/test/java/io/cratecloud/examples/ReadmeExamples.java")))
			.contains("deploy", "scale", "suspend", "follow", "import", "audit", "errors");
	}

}
