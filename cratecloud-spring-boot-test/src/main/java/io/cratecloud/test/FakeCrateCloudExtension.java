package io.cratecloud.test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link FakeCrateCloud} for a test class:
 * <pre class="code">
 * class InventoryTests {
 *
 *     &#64;RegisterExtension
 *     static FakeCrateCloudExtension fake = new FakeCrateCloudExtension(FakeCrateCloud.builder()
 *         .seed((seeder) -&gt; seeder.organization("Acme").project("analytics").cluster("sensors").create()));
 *
 *     CrateCloudClient client = CrateCloudClient.builder()
 *         .baseUrl(fake.baseUrl())
 *         .credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()))
 *         .build();
 *
 *     &#64;Test
 *     void listsTheClusters() {
 *         assertThat(this.client.clusters().list()).extracting(Cluster::name).containsExactly("sensors");
 *         fake.verify(RequestCount.exactly(1), "GET", "/api/v2/clusters/");
 *     }
 *
 * }
 * </pre>
 * Registered on a {@code static} field (or with {@code @ExtendWith}), the fake starts before all
 * tests of the class and stops after them, and is {@linkplain FakeCrateCloud#reset() reset}
 * after each test: the next test finds the fake as it started, with its
 * {@linkplain FakeCrateCloud.Builder#seed(FakeCrateCloudSeed) seeds} and nothing else, no
 * journal, no fault and the manual clock at its start. State created in a {@code @BeforeAll}
 * method is gone after the first test: seed it with the builder, or in {@code @BeforeEach}.
 * Where the tests of a class are one sequence, {@link #resetAfterEachTest(boolean)
 * resetAfterEachTest(false)} keeps the state and the journal from one test to the next, and
 * only clears the faults not shown yet. Registered on an instance field, each test gets a fresh
 * fake.
 * <p>
 * Test and lifecycle methods may also declare a {@link FakeCrateCloud} parameter to receive the
 * running fake. To run it with other settings, pass a builder:
 * {@code new FakeCrateCloudExtension(FakeCrateCloud.builder().manualClock())}.
 *
 * @see AutoConfigureFakeCrateCloud
 */
public final class FakeCrateCloudExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	private final FakeCrateCloud.Builder builder;

	private volatile boolean resetAfterEachTest = true;

	private @Nullable FakeCrateCloud fake;

	/**
	 * The unique id of the extension context (class or method) whose start began the fake, so
	 * that only the end of that same context stops it, not the end of a nested class.
	 */
	private @Nullable String owner;

	/**
	 * Creates an extension for a fake with the defaults of {@link FakeCrateCloud#start()}.
	 */
	public FakeCrateCloudExtension() {
		this(FakeCrateCloud.builder());
	}

	/**
	 * Creates an extension for a fake with other settings. The builder is used again each time
	 * the extension starts a fake.
	 * @param builder the settings of the fake
	 */
	public FakeCrateCloudExtension(FakeCrateCloud.Builder builder) {
		this.builder = Objects.requireNonNull(builder, "builder");
	}

	/**
	 * Whether a fake that serves several tests is {@linkplain FakeCrateCloud#reset() reset}
	 * after each of them (the default), or keeps its state and journal for the next test, its
	 * faults not shown yet cleared all the same. Set it where the extension is declared:
	 * {@code new FakeCrateCloudExtension().resetAfterEachTest(false)}.
	 * @param resetAfterEachTest whether to reset the fake after each test
	 * @return this extension
	 */
	public FakeCrateCloudExtension resetAfterEachTest(boolean resetAfterEachTest) {
		this.resetAfterEachTest = resetAfterEachTest;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		// Registered on an instance field, the extension is not called before all tests.
		start(context);
	}

	@Override
	public synchronized void afterEach(ExtensionContext context) {
		FakeCrateCloud running = this.fake;
		if (running == null) {
			return;
		}
		if (context.getUniqueId().equals(this.owner)) {
			// Started for this test alone (an instance field): nothing outlives it.
			stopIfStartedBy(context);
		}
		else if (this.resetAfterEachTest) {
			running.reset();
		}
		else {
			// The state is kept on purpose, but a fault one test injected and never triggered
			// must not hit the next.
			running.clearFaults();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stopIfStartedBy(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == FakeCrateCloud.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return get();
	}

	private synchronized void start(ExtensionContext context) {
		if (this.fake == null) {
			this.fake = this.builder.start();
			this.owner = context.getUniqueId();
		}
	}

	private synchronized void stopIfStartedBy(ExtensionContext context) {
		if (this.fake != null && context.getUniqueId().equals(this.owner)) {
			this.fake.close();
			this.fake = null;
			this.owner = null;
		}
	}

	/**
	 * The running fake.
	 * @return the fake
	 * @throws IllegalStateException if called outside the tests of the class
	 */
	public synchronized FakeCrateCloud get() {
		FakeCrateCloud running = this.fake;
		if (running == null) {
			throw new IllegalStateException("The fake CrateDB Cloud runs only while the tests of the class run: "
					+ "use it from a test or a lifecycle method, on a FakeCrateCloudExtension registered with "
					+ "@RegisterExtension or @ExtendWith");
		}
		return running;
	}

	/**
	 * The base URL of the running fake.
	 * @return the base URL
	 * @see FakeCrateCloud#baseUrl()
	 */
	public String baseUrl() {
		return get().baseUrl();
	}

	/**
	 * The port of the running fake.
	 * @return the port
	 * @see FakeCrateCloud#port()
	 */
	public int port() {
		return get().port();
	}

	/**
	 * The API key the running fake accepts.
	 * @return the API key
	 * @see FakeCrateCloud#apiKey()
	 */
	public String apiKey() {
		return get().apiKey();
	}

	/**
	 * The secret of {@link #apiKey()}.
	 * @return the secret
	 * @see FakeCrateCloud#apiSecret()
	 */
	public String apiSecret() {
		return get().apiSecret();
	}

	/**
	 * Creates state in the running fake.
	 * @return the seeder
	 * @see FakeCrateCloud#seed()
	 */
	public Seeder seed() {
		return get().seed();
	}

	/**
	 * Moves the running fake's manual clock forward.
	 * @param duration how far to move
	 * @see FakeCrateCloud#advance(Duration)
	 */
	public void advance(Duration duration) {
		get().advance(duration);
	}

	/**
	 * Makes the next cluster operation fail.
	 * @param message the failure's message
	 * @see FakeCrateCloud#failNextOperation(String)
	 */
	public void failNextOperation(String message) {
		get().failNextOperation(message);
	}

	/**
	 * Shows the fault on the next request.
	 * @param fault the fault
	 * @see FakeCrateCloud#injectFault(Fault)
	 */
	public void injectFault(Fault fault) {
		get().injectFault(fault);
	}

	/**
	 * Shows the fault on the next {@code times} requests.
	 * @param fault the fault
	 * @param times how many requests get it
	 * @see FakeCrateCloud#injectFault(Fault, int)
	 */
	public void injectFault(Fault fault, int times) {
		get().injectFault(fault, times);
	}

	/**
	 * Shows the fault on the next {@code times} requests to one operation.
	 * @param method the HTTP method, or {@code null} for any
	 * @param pathTemplate the operation's path template, or {@code null} for any
	 * @param times how many requests get it
	 * @param fault the fault
	 * @see FakeCrateCloud#injectFault(String, String, int, Fault)
	 */
	public void injectFault(@Nullable String method, @Nullable String pathTemplate, int times, Fault fault) {
		get().injectFault(method, pathTemplate, times, fault);
	}

	/**
	 * Removes the faults not shown yet.
	 * @see FakeCrateCloud#clearFaults()
	 */
	public void clearFaults() {
		get().clearFaults();
	}

	/**
	 * Puts the running fake back as it started, seeds included.
	 * @see FakeCrateCloud#reset()
	 */
	public void reset() {
		get().reset();
	}

	/**
	 * The requests the running fake received.
	 * @return the exchanges, oldest first
	 * @see FakeCrateCloud#requests()
	 */
	public List<RecordedExchange> requests() {
		return get().requests();
	}

	/**
	 * The requests the running fake received with the method and the path or path template.
	 * @param method the HTTP method
	 * @param pathOrTemplate the raw path as requested, or an operation's path template
	 * @return the exchanges, oldest first
	 * @see FakeCrateCloud#requests(String, String)
	 */
	public List<RecordedExchange> requests(String method, String pathOrTemplate) {
		return get().requests(method, pathOrTemplate);
	}

	/**
	 * Checks how many requests the running fake received with the method and the path or path
	 * template.
	 * @param count how many are expected
	 * @param method the HTTP method
	 * @param pathOrTemplate the raw path as requested, or an operation's path template
	 * @throws AssertionError if the count is not met
	 * @see FakeCrateCloud#verify(RequestCount, String, String)
	 */
	public void verify(RequestCount count, String method, String pathOrTemplate) {
		get().verify(count, method, pathOrTemplate);
	}

	/**
	 * Forgets the requests received so far.
	 * @see FakeCrateCloud#clearRequests()
	 */
	public void clearRequests() {
		get().clearRequests();
	}

	@Override
	public String toString() {
		FakeCrateCloud running = this.fake;
		return "FakeCrateCloudExtension[" + ((running != null) ? running : "not running") + "]";
	}

}
