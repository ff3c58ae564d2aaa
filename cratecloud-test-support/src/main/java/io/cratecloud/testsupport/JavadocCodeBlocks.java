package io.cratecloud.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the code examples in Javadoc ({@code <pre class="code">} blocks of main sources)
 * compile: each must stand, line by line and in order, in a tagged block of a test source
 * that the build compiles, {@code // tag::Name[]} ... {@code // end::Name[]}, where
 * {@code Name} is the simple name of the source file, with {@code -2}, {@code -3}, ... for
 * its further examples. Lines that only elide code ({@code ...}) need not stand there.
 */
public final class JavadocCodeBlocks {

	private static final Pattern EXAMPLE = Pattern.compile("<pre class=\"code\">\\s*\\n(.*?)</pre>", Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("// tag::([\\w-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]",
			Pattern.DOTALL);

	private JavadocCodeBlocks() {
	}

	/**
	 * Asserts that every Javadoc example of the main sources stands in the tagged blocks of
	 * the examples' source.
	 * @param mainSources the main sources' directory, relative to the module
	 * @param examples the test source holding the tagged blocks, relative to the module
	 * @return the names of the examples found
	 */
	public static List<String> assertExamplesCompile(Path mainSources, Path examples) {
		Map<String, List<String>> tagged = new LinkedHashMap<>();
		Matcher tags = TAG.matcher(read(examples));
		while (tags.find()) {
			tagged.put(tags.group(1), lines(tags.group(2)));
		}
		Map<String, List<String>> documented = examples(mainSources);
		assertThat(tagged.keySet()).as("tagged blocks of %s without a Javadoc example", examples)
			.isSubsetOf(documented.keySet());
		documented.forEach((name, lines) -> {
			assertThat(tagged).as("a tagged block '%s' in %s for the Javadoc example of %s", name, examples, name)
				.containsKey(name);
			assertContainsInOrder(tagged.get(name), lines, name);
		});
		return new ArrayList<>(documented.keySet());
	}

	private static Map<String, List<String>> examples(Path mainSources) {
		Map<String, List<String>> examples = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(mainSources)) {
			files.filter((file) -> file.toString().endsWith(".java")).sorted().forEach((file) -> {
				String type = file.getFileName().toString().replace(".java", "");
				Matcher matcher = EXAMPLE.matcher(read(file));
				int count = 0;
				while (matcher.find()) {
					count++;
					examples.put((count == 1) ? type : type + "-" + count, javadocLines(matcher.group(1)));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return examples;
	}

	private static void assertContainsInOrder(List<String> code, List<String> example, String name) {
		int at = 0;
		for (String line : example) {
			int found = code.subList(at, code.size()).indexOf(line);
			assertThat(found).as("line '%s' of the Javadoc example of %s, in order, in its tagged block %s", line,
					name, code)
				.isNotNegative();
			at += found + 1;
		}
	}

	private static List<String> javadocLines(String block) {
		List<String> lines = new ArrayList<>();
		for (String line : block.split("\n")) {
			String text = line.strip();
			text = text.startsWith("*") ? text.substring(1) : text;
			lines.add(unescape(text));
		}
		return lines(String.join("\n", lines));
	}

	private static List<String> lines(String block) {
		return Stream.of(block.split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.equals("...") && !line.equals("// ..."))
			.toList();
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&quot;", "\"")
			.replace("&amp;", "&");
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
