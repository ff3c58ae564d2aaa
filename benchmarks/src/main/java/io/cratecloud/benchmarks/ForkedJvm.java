package io.cratecloud.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Runs a measurement in a JVM of its own, with the same {@code java} as this one, and reads
 * what it prints.
 */
final class ForkedJvm {

	private ForkedJvm() {
	}

	/**
	 * Run a main class in a new JVM. Its standard error is shown as it comes; its standard
	 * output is returned.
	 * @param jvmArguments the JVM's options
	 * @param classPath the class path
	 * @param mainClass the class to run
	 * @param arguments the program's arguments
	 * @return the lines the program printed
	 * @throws IOException if the JVM cannot be started or ends with a failure
	 * @throws InterruptedException if interrupted while waiting for it
	 */
	static List<String> run(List<String> jvmArguments, List<Path> classPath, String mainClass, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArguments);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
		command.add(mainClass);
		command.addAll(arguments);
		Path output = Files.createTempFile("cratecloud-benchmark-", ".out");
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException(mainClass + " did not end within 5 minutes");
			}
			List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IOException(mainClass + " ended with " + process.exitValue() + ": " + String.join("\n", lines));
			}
			return lines;
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/**
	 * Every entry of this JVM's class path, with the {@code Class-Path} of each jar's manifest
	 * expanded, as the benchmarks jar names its libraries there.
	 * @return the jars and directories, in class path order
	 * @throws IOException if a jar cannot be read
	 */
	static List<Path> expandedClassPath() throws IOException {
		List<Path> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!entry.isEmpty()) {
				addWithManifestClassPath(Path.of(entry).toAbsolutePath().normalize(), entries);
			}
		}
		return entries;
	}

	private static void addWithManifestClassPath(Path entry, List<Path> entries) throws IOException {
		if (entries.contains(entry)) {
			return;
		}
		entries.add(entry);
		if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
			return;
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			Manifest manifest = jar.getManifest();
			String classPath = (manifest != null) ? manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH)
					: null;
			if (classPath == null) {
				return;
			}
			for (String relative : classPath.trim().split("\\s+")) {
				Path resolved = entry.resolveSibling(relative).normalize();
				if (Files.exists(resolved)) {
					addWithManifestClassPath(resolved, entries);
				}
			}
		}
	}

}
