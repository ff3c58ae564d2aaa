package io.cratecloud.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.cratecloud.testsupport.ArchitectureRules;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's layering: it uses only the client's API, and the auto-configuration follows
 * Boot's conventions.
 */
@AnalyzeClasses(packages = { "io.cratecloud.autoconfigure", "io.cratecloud.health", "io.cratecloud.metrics",
		"io.cratecloud.actuate", "io.cratecloud.estate" }, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String AUTO_CONFIGURATION_IMPORTS = "META-INF/spring/"
			+ "org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	@ArchTest
	static final ArchRule bootSideUsesOnlyTheClientsApi = noClasses().that()
		.resideInAnyPackage("io.cratecloud.autoconfigure..", "io.cratecloud.health..", "io.cratecloud.estate..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.cratecloud.client.internal..")
		.because("the client's internal package is no API, not even for its own auto-configuration");

	@ArchTest
	static final ArchRule indicatorsGaugesTheEndpointAndTheEstateDependOnNoAutoConfiguration = noClasses().that()
		.resideInAnyPackage("io.cratecloud.health..", "io.cratecloud.metrics..", "io.cratecloud.actuate..",
				"io.cratecloud.estate..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.cratecloud.autoconfigure..")
		.because("health indicators, gauges, the endpoint and the declared estate can be declared by hand, without the "
				+ "auto-configuration");

	@ArchTest
	static final ArchRule noCodeOpensAnotherLibrarysNonPublicMembers = ArchitectureRules.NO_REFLECTIVE_ACCESS;

	@ArchTest
	static final ArchRule eachConcernHasItsOwnAutoConfigurationPackage = classes().that()
		.areAnnotatedWith(AutoConfiguration.class)
		.and()
		.doNotHaveSimpleName("CrateCloudAutoConfiguration")
		.should()
		.resideInAnyPackage("io.cratecloud.autoconfigure.health", "io.cratecloud.autoconfigure.metrics",
				"io.cratecloud.autoconfigure.endpoint", "io.cratecloud.autoconfigure.jdbc",
				"io.cratecloud.autoconfigure.sql", "io.cratecloud.autoconfigure.estate")
		.because("Boot splits its auto-configurations by concern, one package each");

	@ArchTest
	static final ArchRule autoConfigurationsArePublicFinalAndAnnotated = classes().that()
		.haveSimpleNameEndingWith("AutoConfiguration")
		.and()
		.areTopLevelClasses()
		.should()
		.bePublic()
		.andShould()
		.haveModifier(JavaModifier.FINAL)
		.andShould()
		.beAnnotatedWith(AutoConfiguration.class);

	@ArchTest
	static final ArchRule annotatedAutoConfigurationsAreNamedSo = classes().that()
		.areAnnotatedWith(AutoConfiguration.class)
		.should()
		.haveSimpleNameEndingWith("AutoConfiguration")
		.andShould()
		.bePublic()
		.andShould()
		.haveModifier(JavaModifier.FINAL);

	@Test
	void everyPackageIsNullMarked() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.cratecloud.autoconfigure", "io.cratecloud.health", "io.cratecloud.metrics",
				"io.cratecloud.actuate", "io.cratecloud.estate");
		List<String> unmarked = classes.stream()
			.map((javaClass) -> javaClass.reflect().getPackage())
			.distinct()
			.filter((javaPackage) -> !javaPackage.isAnnotationPresent(NullMarked.class))
			.map(Package::getName)
			.toList();

		assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
	}

	@Test
	void everyAutoConfigurationIsRegisteredAndEveryRegisteredOneExists() throws IOException {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.cratecloud.autoconfigure", "io.cratecloud.health", "io.cratecloud.metrics",
				"io.cratecloud.actuate", "io.cratecloud.estate");
		List<String> annotated = classes.stream()
			.filter((javaClass) -> javaClass.isAnnotatedWith(AutoConfiguration.class))
			.map((javaClass) -> javaClass.getName())
			.toList();

		assertThat(annotated).isNotEmpty();
		assertThat(registeredAutoConfigurations()).containsExactlyInAnyOrderElementsOf(annotated);
	}

	private static List<String> registeredAutoConfigurations() throws IOException {
		try (InputStream in = ArchitectureTests.class.getClassLoader().getResourceAsStream(AUTO_CONFIGURATION_IMPORTS)) {
			assertThat(in).as(AUTO_CONFIGURATION_IMPORTS).isNotNull();
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
	}

}
