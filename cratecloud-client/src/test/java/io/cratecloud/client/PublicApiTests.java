package io.cratecloud.client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's public API is exactly what {@code public-api.txt} lists, and it is closed:
 * the only way in is {@link CrateCloudClient#builder()}, resource clients are interfaces,
 * nothing public names an internal type, and nothing depends on Spring Boot.
 */
class PublicApiTests {

	private static final String INTERNAL = "io.cratecloud.client.internal";

	private static final JavaClasses CLIENT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cratecloud.client");

	@Test
	void thePublicTypesAreExactlyTheDocumentedOnes() throws IOException {
		List<String> documented = documentedTypes();

		assertThat(publicApiTypes()).as("public types outside %s (update public-api.txt only for a deliberate "
				+ "change of the API)", INTERNAL).containsExactlyElementsOf(documented);
	}

	@Test
	void resourceClientsAreInterfacesAndTheClientIsBuiltOnlyByItsBuilder() {
		List<Class<?>> resourceClients = publicApiClasses().stream()
			.filter((type) -> type.getSimpleName().endsWith("Client") && type != CrateCloudClient.class)
			.toList();

		assertThat(resourceClients).hasSizeGreaterThanOrEqualTo(18).allSatisfy((type) -> assertThat(type).isInterface());
		assertThat(CrateCloudClient.class.getConstructors()).isEmpty();
		assertThat(CrateCloudClient.Builder.class.getConstructors()).isEmpty();
	}

	@Test
	void noPublicMemberOfTheApiNamesAnInternalType() {
		List<String> leaks = new ArrayList<>();
		for (Class<?> type : publicApiClasses()) {
			for (Method method : type.getDeclaredMethods()) {
				if (isVisible(method.getModifiers()) && !method.isSynthetic()) {
					check(leaks, method, method.getReturnType());
					checkParameters(leaks, method);
				}
			}
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				if (isVisible(constructor.getModifiers())) {
					checkParameters(leaks, constructor);
				}
			}
			for (Field field : type.getDeclaredFields()) {
				if (isVisible(field.getModifiers())) {
					check(leaks, field, field.getType());
				}
			}
		}
		assertThat(leaks).as("public members that name %s types", INTERNAL).isEmpty();
	}

	@Test
	void theClientDependsOnNoSpringBoot() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.boot..", "io.cratecloud.autoconfigure..", "io.cratecloud.health..")
			.because("the client must work in applications without Spring Boot")
			.check(CLIENT);
	}

	@Test
	void everyPackageIsNullMarked() {
		List<String> unmarked = CLIENT.stream()
			.map((javaClass) -> javaClass.reflect().getPackage())
			.distinct()
			.filter((javaPackage) -> !javaPackage.isAnnotationPresent(NullMarked.class))
			.map(Package::getName)
			.toList();

		assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
	}

	private static void checkParameters(List<String> leaks, Executable executable) {
		for (Parameter parameter : executable.getParameters()) {
			check(leaks, executable, parameter.getType());
		}
	}

	private static void check(List<String> leaks, Object member, Class<?> type) {
		Class<?> named = type.isArray() ? type.getComponentType() : type;
		if (named.getPackageName().startsWith(INTERNAL)) {
			leaks.add(member + " names " + named.getName());
		}
	}

	private static boolean isVisible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	private static List<Class<?>> publicApiClasses() {
		return CLIENT.stream()
			.filter(PublicApiTests::isPublicApi)
			.map(JavaClass::reflect)
			.<Class<?>>map((type) -> type)
			.sorted((a, b) -> a.getName().compareTo(b.getName()))
			.toList();
	}

	private static List<String> publicApiTypes() {
		return publicApiClasses().stream().map(Class::getName).toList();
	}

	private static boolean isPublicApi(JavaClass javaClass) {
		if (javaClass.getPackageName().startsWith(INTERNAL) || javaClass.getSimpleName().equals("package-info")) {
			return false;
		}
		// A nested type is API only when every type it is nested in is.
		for (JavaClass type = javaClass; type != null; type = type.getEnclosingClass().orElse(null)) {
			if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.isAnonymousClass()) {
				return false;
			}
		}
		return true;
	}

	private static List<String> documentedTypes() throws IOException {
		try (InputStream in = PublicApiTests.class.getResourceAsStream("/public-api.txt")) {
			assertThat(in).as("public-api.txt").isNotNull();
			return Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
	}

}
