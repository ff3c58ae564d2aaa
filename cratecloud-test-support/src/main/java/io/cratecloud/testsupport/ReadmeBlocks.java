package io.cratecloud.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the README shows source examples as they are: each {@code // tag::name[]} ...
 * {@code // end::name[]} block of a source file must stand in the README, dedented.
 */
public final class ReadmeBlocks {

	private static final Pattern TAG = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]",
			Pattern.DOTALL);

	private ReadmeBlocks() {
	}

	/**
	 * Asserts that the README at the project's root shows every tagged block of the source.
	 * @param source the source file, relative to the module
	 * @return the tags found, in order
	 */
	public static List<String> assertReadmeShows(Path source) {
		String readme = read(Path.of("..", "README.md"));
		List<String> tags = new ArrayList<>();
		Matcher matcher = TAG.matcher(read(source));
		while (matcher.find()) {
			tags.add(matcher.group(1));
			assertThat(readme).as("README block for tag %s of %s", matcher.group(1), source)
				.contains(dedent(matcher.group(2)));
		}
		return tags;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
