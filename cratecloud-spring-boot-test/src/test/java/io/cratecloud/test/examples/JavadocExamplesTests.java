package io.cratecloud.test.examples;

import java.nio.file.Path;

import io.cratecloud.testsupport.JavadocCodeBlocks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake's Javadoc shows only examples that compile: each stands in
 * {@link JavadocExamples}.
 */
class JavadocExamplesTests {

	@Test
	void everyJavadocExampleStandsInCompiledCode() {
		assertThat(JavadocCodeBlocks.assertExamplesCompile(Path.of("src/main/java"),
				Path.of("src/test/java/io/cratecloud/test/examples/JavadocExamples.java")))
			.contains("FakeCrateCloud", "FakeCrateCloudExtension", "AutoConfigureFakeCrateCloud",
					"AutoConfigureFakeCrateCloud-2", "FakeCrateCloudConfiguration", "Seeder", "FakeCrateCloudSeed");
	}

}
