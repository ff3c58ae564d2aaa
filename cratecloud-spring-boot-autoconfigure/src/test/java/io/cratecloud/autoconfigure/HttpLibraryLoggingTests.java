package io.cratecloud.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HttpLibraryLogging}: the one warning when an HTTP library's own debug
 * logging would print the Authorization header.
 */
@ExtendWith(OutputCaptureExtension.class)
class HttpLibraryLoggingTests {

	private final ClassLoader classLoader = getClass().getClassLoader();

	private final LoggingSystem logging = LoggingSystem.get(this.classLoader);

	@Test
	void namesNoLoggerWhenNoneLogsHeaders() {
		assertThat(HttpLibraryLogging.leakingLoggers(this.classLoader, null)).isEmpty();
		assertThat(HttpLibraryLogging.leakingLoggers(this.classLoader, "errors,requests")).isEmpty();
	}

	@Test
	void namesTheHttpComponentsHeaderLoggerAtDebug() {
		this.logging.setLogLevel("org.apache.hc.client5.http.headers", LogLevel.DEBUG);
		try {
			assertThat(HttpLibraryLogging.leakingLoggers(this.classLoader, null))
				.containsExactly("the logger 'org.apache.hc.client5.http.headers' at DEBUG");
		}
		finally {
			this.logging.setLogLevel("org.apache.hc.client5.http.headers", null);
		}
	}

	@Test
	void namesTheJdkClientsLogWhenItShowsHeaders() {
		assertThat(HttpLibraryLogging.leakingLoggers(this.classLoader, "headers,errors"))
			.containsExactly("the JDK client (-Djdk.httpclient.HttpClient.log=headers,errors)");
		assertThat(HttpLibraryLogging.leakingLoggers(this.classLoader, "all")).hasSize(1);
	}

	@Test
	void warnsOnceNamingTheLoggerAndNeverTheSecret(CapturedOutput output) {
		this.logging.setLogLevel("org.apache.hc.client5.http.wire", LogLevel.DEBUG);
		try {
			HttpLibraryLogging.warnIfCredentialsAreLogged(this.classLoader);
		}
		finally {
			this.logging.setLogLevel("org.apache.hc.client5.http.wire", null);
		}
		assertThat(output).containsOnlyOnce("org.apache.hc.client5.http.wire")
			.contains("WARN")
			.contains("Authorization header");
	}

}
