package io.cratecloud.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README shows the examples of {@link ReadmeExamples} as they are, so what it shows
 * compiles.
 */
class ReadmeExamplesTests {

	private static final Pattern TAG = Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]",
			Pattern.DOTALL);

	@Test
	void everyExampleStandsInTheReadmeAsItIsInTheSource() throws Exception {
		String source = Files.readString(
				Path.of("src/test/java/io/cratecloud/examples/ReadmeExamples.java"));
		String readme = Files.readString(Path.of("..", "README.md"));
		List<String> tags = new ArrayList<>();
		Matcher matcher = TAG.matcher(source);
		while (matcher.find()) {
			tags.add(matcher.group(1));
			assertThat(readme).as("README block for tag %s", matcher.group(1)).contains(dedent(matcher.group(2)));
		}
		assertThat(tags).contains("deploy", "scale", "suspend", "import", "audit", "errors");
	}

	private static String dedent(String block) {
		List<String> lines = Arrays.asList(block.split("\n"));
		int indent = lines.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt((line) -> line.length() - line.stripLeading().length())
			.min()
			.orElse(0);
		return lines.stream()
			.map((line) -> line.isBlank() ? line : line.substring(indent))
			.collect(Collectors.joining("\n"));
	}

}
