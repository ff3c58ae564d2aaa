package io.cratecloud.quickstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project the invoker builds (src/it/quickstart) is the README's Quick start: every block of
 * XML, properties and Java there stands in one of its files, line by line and in order, so that
 * the build proves what the README tells a new user to write.
 */
class QuickstartReadmeTests {

	private static final Path README = Path.of("../README.md");

	private static final Path PROJECT = Path.of("src/it/quickstart");

	private static final Pattern BLOCK = Pattern.compile("```(xml|java|properties)\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyCodeBlockOfTheQuickStartStandsInTheProjectTheInvokerBuilds() throws IOException {
		List<List<String>> files = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(PROJECT)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file).replace("@project.version@", System.getProperty("project.version"));
				files.add(lines(text));
			}
		}
		List<String> blocks = new ArrayList<>();
		Matcher matcher = BLOCK.matcher(quickStart());
		while (matcher.find()) {
			blocks.add(matcher.group(2));
		}

		assertThat(blocks).as("code blocks of the README's Quick start").hasSizeGreaterThanOrEqualTo(3);
		for (String block : blocks) {
			List<String> expected = lines(block);
			assertThat(files.stream().anyMatch((file) -> containsInOrder(file, expected)))
				.as("a file of %s holding, in order, the Quick start's block%n%s", PROJECT, block)
				.isTrue();
		}
	}

	private static String quickStart() throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf("\n## Quick start");
		assertThat(start).as("the README's Quick start section").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		return readme.substring(start, (end >= 0) ? end : readme.length());
	}

	private static boolean containsInOrder(List<String> file, List<String> expected) {
		int at = 0;
		for (String line : expected) {
			int found = file.subList(at, file.size()).indexOf(line);
			if (found < 0) {
				return false;
			}
			at += found + 1;
		}
		return true;
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
