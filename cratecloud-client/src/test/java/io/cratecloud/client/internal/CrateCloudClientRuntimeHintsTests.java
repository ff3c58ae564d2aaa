package io.cratecloud.client.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CrateCloudClientRuntimeHints}. The expected types are found by scanning
 * the client's compiled classes, so a record or enum added to the client without a hint
 * fails here.
 */
class CrateCloudClientRuntimeHintsTests {

	private static final List<Class<?>> MODEL_TYPES = scanRecordsAndEnums();

	private final RuntimeHints hints = registeredHints();

	@Test
	void scanFindsPublicPackagePrivateAndNestedTypesButNoTestTypes() {
		assertThat(MODEL_TYPES).extracting(Class::getName)
			.contains("io.cratecloud.client.clusters.Cluster", "io.cratecloud.client.clusters.ClusterHealthStatus",
					"io.cratecloud.client.internal.ClusterRequests$Scale",
					"io.cratecloud.client.organizations.SecretCreateRequest$Data",
					"io.cratecloud.client.internal.ErrorResponses$ErrorBody", "io.cratecloud.client.internal.EmailEdit",
					"io.cratecloud.client.clusters.ClusterNameAvailability")
			.noneMatch((name) -> name.contains("Tests"));
	}

	@Test
	void everyRecordAndEnumOfTheClientIsRegisteredForReflection() {
		assertThat(MODEL_TYPES)
			.filteredOn((type) -> !RuntimeHintsPredicates.reflection().onType(type).test(this.hints))
			.as("types without a reflection hint (list them in CrateCloudClientRuntimeHints)")
			.isEmpty();
	}

	@Test
	void everyRecordCanBeCreatedThroughItsCanonicalConstructorAndReadThroughItsAccessors() {
		List<Class<?>> records = MODEL_TYPES.stream().filter(Class::isRecord).toList();
		assertThat(records).filteredOn((type) -> !canonicalConstructorIsInvocable(type))
			.as("records whose canonical constructor cannot be invoked")
			.isEmpty();
		List<Method> accessors = records.stream()
			.flatMap((type) -> Arrays.stream(type.getRecordComponents()))
			.map(RecordComponent::getAccessor)
			.toList();
		assertThat(accessors).isNotEmpty()
			.filteredOn((accessor) -> !isInvocable(accessor))
			.as("record accessors that cannot be invoked")
			.isEmpty();
	}

	@Test
	void valueTypesCanBeCreatedThroughTheirJsonCreatorAndWrittenThroughTheirJsonValue() {
		List<Executable> jacksonMembers = MODEL_TYPES.stream()
			.flatMap((type) -> Stream.concat(Arrays.stream(type.getDeclaredConstructors()),
					Arrays.stream(type.getDeclaredMethods())))
			.filter((member) -> member.isAnnotationPresent(JsonCreator.class)
					|| member.isAnnotationPresent(JsonValue.class))
			.toList();
		assertThat(jacksonMembers).extracting(Executable::toString)
			.contains("public io.cratecloud.client.clusters.ClusterHealthStatus(java.lang.String)",
					"public java.lang.String io.cratecloud.client.clusters.ClusterHealthStatus.value()");
		assertThat(jacksonMembers).filteredOn((member) -> !isInvocable(member))
			.as("@JsonCreator and @JsonValue members that cannot be invoked")
			.isEmpty();
	}

	@Test
	void versionPropertiesIsRegisteredAsAResource() {
		String location = "io/cratecloud/client/version.properties";
		assertThat(new ClassPathResource(location).exists()).isTrue();
		assertThat(RuntimeHintsPredicates.resource().forResource(location)).accepts(this.hints);
	}

	@Test
	void registrarIsFoundByTheAotEngine() {
		assertThat(AotServices.factories().load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(CrateCloudClientRuntimeHints.class);
	}

	private boolean canonicalConstructorIsInvocable(Class<?> type) {
		Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return isInvocable(type.getDeclaredConstructor(parameterTypes));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("A record always has a canonical constructor", ex);
		}
	}

	private boolean isInvocable(Executable member) {
		Predicate<RuntimeHints> invocable = (member instanceof Constructor<?> constructor)
				? RuntimeHintsPredicates.reflection().onConstructorInvocation(constructor)
				: RuntimeHintsPredicates.reflection().onMethodInvocation((Method) member);
		return invocable.test(this.hints);
	}

	private static RuntimeHints registeredHints() {
		RuntimeHints hints = new RuntimeHints();
		new CrateCloudClientRuntimeHints().registerHints(hints, CrateCloudClientRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

	private static List<Class<?>> scanRecordsAndEnums() {
		Stream<JavaClass> classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.cratecloud.client")
			.stream();
		// Observation documentation and key enums (and their constants' bodies) describe
		// metrics; no JSON is ever bound to them.
		return classes.filter((javaClass) -> javaClass.isRecord() || javaClass.isEnum())
			.filter((javaClass) -> !javaClass.isAnonymousClass())
			.filter((javaClass) -> !javaClass.getPackageName().equals("io.cratecloud.client.observation"))
			.<Class<?>>map(JavaClass::reflect)
			.toList();
	}

}
