package io.cratecloud.test.examples;

import java.nio.file.Path;

import io.cratecloud.testsupport.ReadmeBlocks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README shows the test examples of this package as they are, so what it shows compiles
 * and passes.
 */
class ReadmeTestingExamplesTests {

	private static final Path EXAMPLES = Path.of("src/test/java/io/cratecloud/test/examples");

	@Test
	void everyExampleStandsInTheReadmeAsItIsInTheSource() {
		assertThat(ReadmeBlocks.assertReadmeShows(EXAMPLES.resolve("ClusterSuspensionTests.java")))
			.containsExactly("spring-boot-test");
		assertThat(ReadmeBlocks.assertReadmeShows(EXAMPLES.resolve("FlakyNetworkTests.java")))
			.containsExactly("junit-extension");
	}

}
