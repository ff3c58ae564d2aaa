package io.cratecloud.testsupport;

import java.lang.reflect.Field;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureRulesTests {

	@Test
	void readingAPrivateFieldByReflectionBreaksTheRule() {
		assertThatThrownBy(() -> ArchitectureRules.NO_REFLECTIVE_ACCESS
			.check(new ClassFileImporter().importClasses(ReadsAPrivateField.class)))
			.hasMessageContaining("setAccessible")
			.hasMessageContaining("getDeclaredField");
	}

	@Test
	void springsReflectionUtilsLookUpsBreakTheRule() {
		assertThatThrownBy(() -> ArchitectureRules.NO_REFLECTIVE_ACCESS
			.check(new ClassFileImporter().importClasses(UsesReflectionUtils.class)))
			.hasMessageContaining("findField")
			.hasMessageContaining("makeAccessible");
	}

	@Test
	void publicReflectionIsAllowed() {
		assertThatNoException().isThrownBy(() -> ArchitectureRules.NO_REFLECTIVE_ACCESS
			.check(new ClassFileImporter().importClasses(CallsAPublicMethod.class)));
	}

	static class ReadsAPrivateField {

		Object read(Object target) throws Exception {
			Field field = target.getClass().getDeclaredField("secret");
			field.setAccessible(true);
			return field.get(target);
		}

	}

	static class UsesReflectionUtils {

		Object read(Object target) {
			Field field = ReflectionUtils.findField(target.getClass(), "secret");
			ReflectionUtils.makeAccessible(field);
			return ReflectionUtils.getField(field, target);
		}

	}

	static class CallsAPublicMethod {

		Object read(Object target) throws Exception {
			return target.getClass().getMethod("toString").invoke(target);
		}

	}

}
