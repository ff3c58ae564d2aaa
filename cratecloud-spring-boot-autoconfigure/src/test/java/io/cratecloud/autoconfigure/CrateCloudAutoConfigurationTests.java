package io.cratecloud.autoconfigure;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import io.cratecloud.client.HttpTransport;
import io.cratecloud.client.auditlogs.AuditLogsClient;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.metadata.MetadataClient;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.products.ProductsClient;
import io.cratecloud.client.projects.ProjectsClient;
import io.cratecloud.client.regions.RegionsClient;
import io.cratecloud.client.roles.RolesClient;
import io.cratecloud.client.subscriptions.SubscriptionsClient;
import io.cratecloud.client.users.UsersClient;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.Ordered;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link CrateCloudAutoConfiguration}: which beans it defines, when each backs off,
 * and that builder customizers reach the client's requests.
 */
class CrateCloudAutoConfigurationTests {

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private static final List<Class<?>> RESOURCE_CLIENTS = List.of(OrganizationsClient.class, RegionsClient.class,
			ProjectsClient.class, ClustersClient.class, DataJobsClient.class, ProductsClient.class, UsersClient.class,
			RolesClient.class, SubscriptionsClient.class, AuditLogsClient.class, MetadataClient.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CrateCloudAutoConfiguration.class));

	private ApplicationContextRunner withApi() {
		return this.runner.withPropertyValues("cratecloud.api-key=" + CrateCloudApiMock.API_KEY,
				"cratecloud.api-secret=" + CrateCloudApiMock.API_SECRET, "cratecloud.base-url=" + api.baseUrl());
	}

	static Stream<Arguments> resourceClients() {
		return Stream.of(
				Arguments.of(OrganizationsClient.class,
						(Function<CrateCloudClient, Object>) CrateCloudClient::organizations),
				Arguments.of(RegionsClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::regions),
				Arguments.of(ProjectsClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::projects),
				Arguments.of(ClustersClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::clusters),
				Arguments.of(DataJobsClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::dataJobs),
				Arguments.of(ProductsClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::products),
				Arguments.of(UsersClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::users),
				Arguments.of(RolesClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::roles),
				Arguments.of(SubscriptionsClient.class,
						(Function<CrateCloudClient, Object>) CrateCloudClient::subscriptions),
				Arguments.of(AuditLogsClient.class,
						(Function<CrateCloudClient, Object>) CrateCloudClient::auditLogs),
				Arguments.of(MetadataClient.class, (Function<CrateCloudClient, Object>) CrateCloudClient::metadata));
	}

	@Test
	void resourceClientsListedHereAreAllOfThem() {
		assertThat(resourceClients().map((arguments) -> arguments.get()[0])).containsExactlyInAnyOrderElementsOf(
				RESOURCE_CLIENTS);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resourceClients")
	void definesTheClientAndEachResourceClientFromIt(Class<?> type, Function<CrateCloudClient, Object> accessor) {
		withApi().run((context) -> {
			assertThat(context).hasSingleBean(CrateCloudClient.class).hasSingleBean(type);
			assertThat(context.getBean(type)).isSameAs(accessor.apply(context.getBean(CrateCloudClient.class)));
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resourceClients")
	void aUserDefinedClientIsTheOneEveryInjectionPointGets(Class<?> type, Function<CrateCloudClient, Object> accessor) {
		CrateCloudClient own = MockClients.client(api);
		// No credentials: the user's client is not checked nor rebuilt, and needs no provider.
		this.runner.withBean(CrateCloudClient.class, () -> own).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CrateCloudClient.class).hasSingleBean(type);
			assertThat(context.getBean(CrateCloudClient.class)).isSameAs(own);
			assertThat(context.getBean(type)).isSameAs(accessor.apply(own));
		});
	}

	@Test
	void disabledDefinesNoClientAndNeedsNoCredentials() {
		this.runner.withPropertyValues("cratecloud.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(CrateCloudClient.class);
			RESOURCE_CLIENTS.forEach((type) -> assertThat(context).doesNotHaveBean(type));
		});
	}

	@Test
	void enabledIsTheDefault() {
		withApi().run((context) -> assertThat(context).hasSingleBean(CrateCloudClient.class));
	}

	@Test
	void builderCustomizersReachTheClientInOrderAfterTheProperties() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		withApi().withPropertyValues("cratecloud.region=from-properties")
			.withBean("second", CrateCloudClientBuilderCustomizer.class, () -> new OrderedCustomizer(2, "second"))
			.withBean("first", CrateCloudClientBuilderCustomizer.class, () -> new OrderedCustomizer(1, "first"))
			.run((context) -> {
				context.getBean(UsersClient.class).me();
				api.server()
					.verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withHeader("X-Region",
							equalTo("second")));
			});
	}

	private record OrderedCustomizer(int order, String region) implements CrateCloudClientBuilderCustomizer, Ordered {

		@Override
		public void customize(CrateCloudClient.Builder builder) {
			builder.region(this.region);
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resourceClients")
	void aUserDefinedResourceClientReplacesThatOneOnly(Class<?> type, Function<CrateCloudClient, Object> accessor) {
		Object own = mock(type);
		withApi().withBean(type.getName(), uncheckedType(type), () -> own).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(type);
			assertThat(context.getBean(type)).isSameAs(own);
			CrateCloudClient client = context.getBean(CrateCloudClient.class);
			Class<?> other = (type == ClustersClient.class) ? UsersClient.class : ClustersClient.class;
			Object fromClient = (type == ClustersClient.class) ? client.users() : client.clusters();
			assertThat((Object) context.getBean(other)).as("the other resource clients stay the client's")
				.isSameAs(fromClient);
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> Class<T> uncheckedType(Class<?> type) {
		return (Class<T>) type;
	}

	@Test
	void connectionDetailsOfTheApplicationReplaceTheProperties() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		CrateCloudConnectionDetails vault = new CrateCloudConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return api.baseUrl();
			}

			@Override
			public CrateCloudCredentials getCredentials() {
				return CrateCloudCredentials.of(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET);
			}

		};
		// No cratecloud.* credentials nor base URL: the connection details have them.
		this.runner.withBean(CrateCloudConnectionDetails.class, () -> vault).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CrateCloudConnectionDetails.class);
			context.getBean(UsersClient.class).me();
			api.server()
				.verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withBasicAuth(
						new BasicCredentials(CrateCloudApiMock.API_KEY, CrateCloudApiMock.API_SECRET)));
		});
	}

	@Test
	void theApplicationsHttpTransportIsTheOneTheClientSendsWith() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		AtomicInteger requests = new AtomicInteger();
		ClientHttpRequestFactory counting = (uri, method) -> {
			requests.incrementAndGet();
			return new JdkClientHttpRequestFactory().createRequest(uri, method);
		};
		withApi().withBean(HttpTransport.class, () -> HttpTransport.requestFactory(counting)).run((context) -> {
			assertThat(context).hasSingleBean(HttpTransport.class);
			context.getBean(UsersClient.class).me();
			assertThat(requests).hasValue(1);
		});
	}

	@Test
	void theHttpClientIsBuiltByTheFirstRequestNotAtStartUp() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		withApi().run((context) -> {
			HttpTransport transport = context.getBean(HttpTransport.class);
			assertThat(transport).hasToString("HttpTransport[DEFERRED, built on the first request]");
			context.getBean(UsersClient.class).me();
			assertThat(transport.toString()).startsWith("HttpTransport[DEFERRED, HttpTransport[HTTP_COMPONENTS, ");
		});
	}

	@Test
	void regionIsSentAsXRegionHeader() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		withApi().withPropertyValues("cratecloud.region=aks1.westeurope.azure").run((context) -> {
			context.getBean(UsersClient.class).me();
			api.server()
				.verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME))
					.withHeader("X-Region", equalTo("aks1.westeurope.azure")));
		});
	}

	@Test
	void noRegionHeaderByDefault() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		withApi().run((context) -> {
			context.getBean(UsersClient.class).me();
			api.server()
				.verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)).withHeader("X-Region", absent()));
		});
	}

	@Test
	void baseUrlWithATrailingSlashReachesTheDocumentsPaths() {
		api.server().stubFor(get(ApiResponses.USERS_ME).willReturn(okJson(ApiResponses.CURRENT_USER)));
		withApi().withPropertyValues("cratecloud.base-url=" + api.baseUrl() + "/").run((context) -> {
			context.getBean(UsersClient.class).me();
			api.server().verify(1, getRequestedFor(urlEqualTo(ApiResponses.USERS_ME)));
		});
	}

}
