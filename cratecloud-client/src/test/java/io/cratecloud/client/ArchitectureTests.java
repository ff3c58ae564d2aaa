package io.cratecloud.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.cratecloud.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The client's layering: the public packages never reach into {@code internal}, but for the
 * one place that assembles the client from its implementations, and no code opens another
 * library's non-public members.
 */
class ArchitectureTests {

	private static final JavaClasses CLIENT = ArchitectureRules.mainClasses("io.cratecloud.client");

	@Test
	void publicPackagesDependOnInternalOnlyWhereTheClientIsAssembled() {
		noClasses().that()
			.resideOutsideOfPackage("io.cratecloud.client.internal..")
			.and()
			.doNotHaveFullyQualifiedName(CrateCloudClient.class.getName())
			.and()
			.doNotHaveFullyQualifiedName(CrateCloudClient.Builder.class.getName())
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.cratecloud.client.internal..")
			.because("internal implements the public packages, never the other way round; only the builder "
					+ "assembles the client from its implementations")
			.check(CLIENT);
	}

	@Test
	void noCodeOpensAnotherLibrarysNonPublicMembers() {
		ArchitectureRules.NO_REFLECTIVE_ACCESS.check(CLIENT);
	}

}
