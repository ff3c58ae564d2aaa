package io.cratecloud.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JavadocCodeBlocksTests {

	private static final String SOURCE = """
			/**
			 * Example:
			 * <pre class="code">
			 * List&lt;String&gt; names = client.names();
			 * ...
			 * names.forEach(System.out::println);
			 * </pre>
			 */
			class Greeter {
			}
			""";

	@Test
	void anExampleWhoseLinesStandInOrderInItsTaggedBlockPasses(@TempDir Path dir) throws IOException {
		Path examples = write(dir, """
				// tag::Greeter[]
				List<String> names = client.names();
				names.removeIf(String::isBlank);
				names.forEach(System.out::println);
				// end::Greeter[]
				""");

		assertThat(JavadocCodeBlocks.assertExamplesCompile(dir.resolve("main"), examples)).containsExactly("Greeter");
	}

	@Test
	void anExampleLineMissingFromItsTaggedBlockFails(@TempDir Path dir) throws IOException {
		Path examples = write(dir, """
				// tag::Greeter[]
				List<String> names = client.names();
				// end::Greeter[]
				""");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> JavadocCodeBlocks.assertExamplesCompile(dir.resolve("main"), examples))
			.withMessageContaining("names.forEach(System.out::println);");
	}

	@Test
	void anExampleWithoutATaggedBlockFails(@TempDir Path dir) throws IOException {
		Path examples = write(dir, "// nothing tagged\n");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> JavadocCodeBlocks.assertExamplesCompile(dir.resolve("main"), examples))
			.withMessageContaining("Greeter");
	}

	private static Path write(Path dir, String examples) throws IOException {
		Files.createDirectories(dir.resolve("main"));
		Files.writeString(dir.resolve("main/Greeter.java"), SOURCE);
		return Files.writeString(dir.resolve("Examples.java"), examples);
	}

}
