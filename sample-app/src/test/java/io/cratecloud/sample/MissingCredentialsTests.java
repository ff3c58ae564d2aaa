package io.cratecloud.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class MissingCredentialsTests {

	@Test
	void withoutCredentialsStartUpFailsNamingThePropertyAndItsEnvironmentVariable(CapturedOutput output) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.setDefaultProperties(java.util.Map.of("server.port", "0"));
		// In AOT mode the application runs the initializer generated for its main class; left
		// to deduce that class from the call stack, it would pick the test runner's.
		application.setMainApplicationClass(SampleApplication.class);

		assertThatException().isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("'cratecloud.api-key' is not set")
			.contains("CRATECLOUD_APIKEY")
			.contains("Account page of the CrateDB Cloud console");
	}

}
