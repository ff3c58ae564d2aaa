package io.cratecloud.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link FakeCrateCloud} for the application context of a Spring test, such as a
 * {@code @SpringBootTest}, and points the starter at it:
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureFakeCrateCloud
 * class DashboardTests {
 *
 *     &#64;Autowired
 *     FakeCrateCloud fake;
 *
 *     &#64;Autowired
 *     ProjectsClient projects;
 *
 *     &#64;Test
 *     void listsTheProjects() {
 *         SeededOrganization acme = this.fake.seed().organization("Acme");
 *         acme.project("analytics");
 *         assertThat(this.projects.list(acme.id())).extracting(Project::name).containsExactly("analytics");
 *         this.fake.verify(RequestCount.exactly(1), "GET", "/api/v2/organizations/{organization_id}/projects/");
 *     }
 *
 * }
 * </pre>
 * The fake starts with the application context, before its beans are created, is registered in
 * it as a {@link FakeCrateCloud} bean (to seed it, move its clock, inject faults and verify
 * requests), and stops when the context closes. The starter is pointed at it:
 * <ul>
 * <li>by a {@code CrateCloudConnectionDetails} bean (of {@code cratecloud-spring-boot-autoconfigure},
 * registered when that is on the class path) with the fake's base URL and credentials, as
 * Testcontainers' {@code @ServiceConnection} registers a container's: the starter's client is
 * built from it, and {@code cratecloud.base-url}, {@code cratecloud.api-key} and
 * {@code cratecloud.api-secret}, wherever they are set (the application's configuration, the
 * environment, the test's own properties), are not used. The bean is primary: it wins over
 * connection details the application declares too;</li>
 * <li>by the property {@code cratecloud.operations.poll-interval}: {@link #pollInterval()},
 * 100 ms by default, so that waiting for a cluster change does not take the service's 10 s
 * between polls. It takes precedence over the application's own configuration
 * ({@code application.properties}, {@code @TestPropertySource} files, environment variables),
 * but a test's inlined properties ({@code @SpringBootTest(properties = ...)},
 * {@code @TestPropertySource(properties = ...)}) and {@code @DynamicPropertySource} override it,
 * e.g. {@code @SpringBootTest(properties = "cratecloud.operations.poll-interval=1s")}.</li>
 * </ul>
 * The fake answers with the {@code Date} of its own clock, manual or not, which the client
 * reads to find the operation a change started.
 * <p>
 * A test method seeds the fake too late for what the context does while it starts, such as the
 * DataSource on the cluster of {@code cratecloud.datasource.cluster}, which looks the cluster up
 * when it is created. Declare {@link FakeCrateCloudSeed} beans instead, e.g. in a
 * {@code @TestConfiguration}: each is applied to the fake, in {@code @Order} (or
 * {@code Ordered}) order, before any other bean of the context is created:
 * <pre class="code">
 * &#64;TestConfiguration(proxyBeanMethods = false)
 * static class SeedTheCluster {
 *
 *     &#64;Bean
 *     static FakeCrateCloudSeed sensorsCluster() {
 *         return (seeder) -&gt; seeder.organization("Acme").project("analytics")
 *             .cluster("sensors").sqlEndpoint("127.0.0.1").username("crate").create();
 *     }
 *
 * }
 * </pre>
 * ({@link ClusterSeed#sqlEndpoint(String)} points the cluster at a database the test runs.)
 * Being needed that early, seed beans are created before the context's post-processors are
 * registered: declare them with {@code static} {@code @Bean} methods, as above, and let them
 * depend on nothing but other beans passed to their method.
 * <p>
 * Spring caches application contexts between test classes; test classes with the same
 * configuration and the same attributes here share one context and so one fake. After each
 * test method, the fake is {@linkplain FakeCrateCloud#reset() reset}: the next test finds it as
 * it started, with the state of its seed beans (and the same ids) and nothing else, no journal
 * of requests, no fault not shown yet, and the manual clock at its start. What the application
 * asked the API while the context started is in the journal for the first test only. Where the
 * tests of a class are one sequence, {@link #resetAfterEachTest() resetAfterEachTest = false}
 * keeps the state and the journal, and clears only the faults not shown yet.
 * <p>
 * Durations are written as in Spring Boot's properties, {@code 250ms}, {@code 2s}, {@code 1m}, or
 * in ISO-8601, {@code PT0.25S}. Needs {@code spring-test} (brought by
 * {@code spring-boot-starter-test}).
 *
 * @see FakeCrateCloudExtension
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureFakeCrateCloud {

	/**
	 * How long each step of a cluster operation takes ({@code REGISTERED}, {@code SENT},
	 * {@code IN_PROGRESS}).
	 * @return the duration of one step
	 * @see FakeCrateCloud.Builder#operationStep(java.time.Duration)
	 */
	String operationStep() default "250ms";

	/**
	 * Whether the fake's clock moves only when the test calls
	 * {@link FakeCrateCloud#advance(java.time.Duration)}, instead of in real time.
	 * @return whether to use a manual clock
	 * @see FakeCrateCloud.Builder#manualClock()
	 */
	boolean manualClock() default false;

	/**
	 * How the fake answers missing or wrong credentials.
	 * @return the answer
	 * @see FakeCrateCloud.Builder#unauthenticatedResponse(UnauthenticatedResponse)
	 */
	UnauthenticatedResponse unauthenticatedResponse() default UnauthenticatedResponse.JSON_401;

	/**
	 * The value of {@code cratecloud.operations.poll-interval}: how often the starter asks for
	 * the progress of a cluster change it waits for.
	 * @return the poll interval
	 */
	String pollInterval() default "100ms";

	/**
	 * The email of the user the credentials belong to.
	 * @return the email
	 * @see FakeCrateCloud.Builder#userEmail(String)
	 */
	String userEmail() default "fake.user@example.com";

	/**
	 * The API key the fake accepts; empty (the default) for a generated one.
	 * @return the API key
	 */
	String apiKey() default "";

	/**
	 * The secret the fake accepts; empty (the default) for a generated one.
	 * @return the secret
	 */
	String apiSecret() default "";

	/**
	 * Whether the fake is {@linkplain FakeCrateCloud#reset() reset} after each test method
	 * (the default), or keeps its state and journal for the next test method, of this class or
	 * of another sharing the context; faults not shown yet are cleared either way.
	 * @return whether to reset the fake after each test method
	 */
	boolean resetAfterEachTest() default true;

}
