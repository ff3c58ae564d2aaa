package io.cratecloud.test;

import io.cratecloud.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The rules every module's main code follows, on the fake's: no code opens another library's
 * non-public members (the fake's HTTP server included, which needs none of the JDK's).
 */
class ArchitectureTests {

	@Test
	void noCodeOpensAnotherLibrarysNonPublicMembers() {
		ArchitectureRules.NO_REFLECTIVE_ACCESS.check(ArchitectureRules.mainClasses("io.cratecloud.test"));
	}

}
