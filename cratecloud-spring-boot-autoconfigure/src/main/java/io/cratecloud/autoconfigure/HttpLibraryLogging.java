package io.cratecloud.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.ClassUtils;

/**
 * Warns, once at start-up, when an HTTP library's own debug logging is on that prints the
 * {@code Authorization} header of every request, the API secret with it: the client never
 * logs a secret, but it cannot stop a library's loggers from doing so.
 */
final class HttpLibraryLogging {

	private static final Log logger = LogFactory.getLog(CrateCloudAutoConfiguration.class);

	private static final String JDK_LOG_PROPERTY = "jdk.httpclient.HttpClient.log";

	private static final List<String> HTTP_COMPONENTS_LOGGERS = List.of("org.apache.hc.client5.http.headers",
			"org.apache.hc.client5.http.wire");

	private HttpLibraryLogging() {
	}

	static void warnIfCredentialsAreLogged(ClassLoader classLoader) {
		List<String> leaking = leakingLoggers(classLoader, System.getProperty(JDK_LOG_PROPERTY));
		if (!leaking.isEmpty()) {
			logger.warn("The HTTP library's own logging of " + String.join(" and ", leaking)
					+ " prints every request's Authorization header, which holds the CrateDB Cloud API key and "
					+ "secret: turn it off outside local debugging");
		}
	}

	static List<String> leakingLoggers(ClassLoader classLoader, String jdkLogSetting) {
		List<String> leaking = new ArrayList<>();
		if (ClassUtils.isPresent("org.apache.hc.client5.http.impl.classic.HttpClientBuilder", classLoader)) {
			for (String name : HTTP_COMPONENTS_LOGGERS) {
				if (LogFactory.getLog(name).isDebugEnabled()) {
					leaking.add("the logger '" + name + "' at DEBUG");
				}
			}
		}
		if (jdkLogSetting != null) {
			String setting = jdkLogSetting.toLowerCase(Locale.ROOT);
			if (setting.contains("headers") || setting.contains("all")) {
				leaking.add("the JDK client (-D" + JDK_LOG_PROPERTY + "=" + jdkLogSetting + ")");
			}
		}
		return leaking;
	}

}
