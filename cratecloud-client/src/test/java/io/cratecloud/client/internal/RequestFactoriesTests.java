package io.cratecloud.client.internal;

import java.lang.reflect.Field;
import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.protocol.BasicHttpContext;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's factory of Apache HttpClient 5 is replaced by one whose requests the deadline
 * watchdog can cancel, on the same HttpClient and with every setting of the given one: a
 * read timeout set on the factory must not be lost on the way.
 */
class RequestFactoriesTests {

	@Test
	void anHttpComponentsFactoryBecomesACancellableOneWithTheSameSettings() {
		HttpComponentsClientHttpRequestFactory given = new HttpComponentsClientHttpRequestFactory(
				HttpClients.createDefault());
		given.setReadTimeout(Duration.ofSeconds(7));
		given.setConnectionRequestTimeout(Duration.ofSeconds(3));
		given.setHttpContextFactory((method, uri) -> new BasicHttpContext());

		ClientHttpRequestFactory used = RequestFactories.cancellable(given);

		assertThat(used).isInstanceOf(CancellableHttpComponentsRequestFactory.class);
		HttpComponentsClientHttpRequestFactory cancellable = (HttpComponentsClientHttpRequestFactory) used;
		assertThat(cancellable.getHttpClient()).isSameAs(given.getHttpClient());
		assertThat(field(cancellable, "readTimeout")).isEqualTo(7000L);
		assertThat(field(cancellable, "connectionRequestTimeout")).isEqualTo(3000L);
		assertThat(field(cancellable, "httpContextFactory")).isSameAs(field(given, "httpContextFactory"));
	}

	@Test
	void aFactoryWithoutSettingsKeepsTheDefaults() {
		HttpComponentsClientHttpRequestFactory given = new HttpComponentsClientHttpRequestFactory(
				HttpClients.createDefault());

		ClientHttpRequestFactory used = RequestFactories.cancellable(given);

		assertThat(field(used, "readTimeout")).isEqualTo(-1L);
		assertThat(field(used, "connectionRequestTimeout")).isEqualTo(-1L);
		assertThat(field(used, "httpContextFactory")).isNull();
	}

	@Test
	void springsJdkFactoryIsSentSynchronouslyOnTheSameHttpClientAndOtherFactoriesAreUsedAsTheyAre() {
		JdkClientHttpRequestFactory jdk = new JdkClientHttpRequestFactory(HttpClient.newHttpClient());
		HttpComponentsClientHttpRequestFactory subclass = new HttpComponentsClientHttpRequestFactory(
				HttpClients.createDefault()) {
		};
		SimpleClientHttpRequestFactory simple = new SimpleClientHttpRequestFactory();

		assertThat(RequestFactories.cancellable(jdk)).isInstanceOf(JdkSyncClientHttpRequestFactory.class);
		assertThat(RequestFactories.cancellable(subclass)).isSameAs(subclass);
		assertThat(RequestFactories.cancellable(simple)).isSameAs(simple);
	}

	private static Object field(Object factory, String name) {
		Field field = ReflectionUtils.findField(HttpComponentsClientHttpRequestFactory.class, name);
		ReflectionUtils.makeAccessible(field);
		return ReflectionUtils.getField(field, factory);
	}

}
