package io.cratecloud.client.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} that lets the CrateDB Cloud client run in a GraalVM native
 * image: binding reflection for every record and enum of the {@code io.cratecloud.client}
 * packages, and the resource the client reads its version from.
 * <p>
 * The client's Jackson mapper creates and reads its request and response bodies through
 * their canonical constructors (some marked {@code @JsonCreator}), record accessors and
 * {@code @JsonValue} methods, all by reflection, which a native image only allows on types
 * registered for it. The types are found when the hints are registered, at build time, by
 * scanning the client's packages for records and enums, as Spring AI's providers find their
 * API types: a type added to the client has its hints without a list to keep. Covering every
 * record and enum, not only those known to be bound, keeps the rule simple enough for a test
 * to enforce, and the few value objects that are never bound cost next to nothing. Finding
 * none fails the build rather than leave a native image without hints.
 * <p>
 * Registered in {@code META-INF/spring/aot.factories}, which Spring Framework's AOT engine
 * reads with or without Spring Boot.
 */
class CrateCloudClientRuntimeHints implements RuntimeHintsRegistrar {

	private static final String CLIENT_PACKAGE = "io.cratecloud.client";

	private static final String VERSION_RESOURCE = "io/cratecloud/client/version.properties";

	private static final Set<String> BOUND_SUPERCLASSES = Set.of(Record.class.getName(), Enum.class.getName());

	private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		List<Class<?>> types = findRecordsAndEnums(classLoader);
		this.bindingHints.registerReflectionHints(hints.reflection(), types.toArray(Class<?>[]::new));
		hints.resources().registerPattern(VERSION_RESOURCE);
	}

	/**
	 * The records and enums of the client's packages, public or not, nested or not.
	 * @param classLoader the class loader to scan and load with
	 * @return the types
	 * @throws IllegalStateException if none is found, which would leave a native image
	 * without the hints it needs
	 */
	static List<Class<?>> findRecordsAndEnums(@Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		MetadataReaderFactory metadataReaders = new CachingMetadataReaderFactory(resolver);
		List<Class<?>> types = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(PathMatchingResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
					+ ClassUtils.convertClassNameToResourcePath(CLIENT_PACKAGE) + "/**/*.class")) {
				ClassMetadata metadata = metadataReaders.getMetadataReader(resource).getClassMetadata();
				if (metadata.hasSuperClass() && BOUND_SUPERCLASSES.contains(metadata.getSuperClassName())) {
					types.add(ClassUtils.resolveClassName(metadata.getClassName(), classLoader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not scan " + CLIENT_PACKAGE + " for its records and enums", ex);
		}
		if (types.isEmpty()) {
			throw new IllegalStateException("No record or enum found in " + CLIENT_PACKAGE
					+ ": the CrateDB Cloud client's classes are not visible to " + classLoader
					+ ", so no native-image hints could be registered for them");
		}
		return types;
	}

}
