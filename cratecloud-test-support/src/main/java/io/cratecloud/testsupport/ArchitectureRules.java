package io.cratecloud.testsupport;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules every module's main code follows, checked by each module's tests on its own classes.
 */
public final class ArchitectureRules {

	/**
	 * The methods that open another library's non-public members: {@code setAccessible} and
	 * its relatives, Spring's {@code ReflectionUtils} look-ups of declared members, and a
	 * private method handle look-up.
	 */
	private static final Set<String> REFLECTIVE_ACCESS = Set.of("setAccessible", "trySetAccessible",
			"makeAccessible", "getDeclaredField", "getDeclaredFields", "findField", "getDeclaredMethod",
			"getDeclaredMethods", "findMethod", "privateLookupIn");

	/**
	 * No code reads or calls another library's non-public members by reflection: a field or
	 * method renamed in a release of that library would break it silently.
	 */
	public static final ArchRule NO_REFLECTIVE_ACCESS = noClasses().should()
		.callCodeUnitWhere(new DescribedPredicate<JavaCall<?>>("a method that opens non-public members ("
				+ String.join(", ", REFLECTIVE_ACCESS.stream().sorted().toList()) + ")") {

			@Override
			public boolean test(JavaCall<?> call) {
				return REFLECTIVE_ACCESS.contains(call.getTarget().getName());
			}

		})
		.because("a library's non-public members are no API: use its public API (or ask for one)");

	private ArchitectureRules() {
	}

	/**
	 * The main (not test) classes of packages, as the class path has them.
	 * @param packages the packages, with their subpackages
	 * @return the classes
	 */
	public static JavaClasses mainClasses(String... packages) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
			.importPackages(packages);
	}

}
