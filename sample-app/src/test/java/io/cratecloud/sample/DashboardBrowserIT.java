package io.cratecloud.sample;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The dashboard in a real browser, headless Chromium, against demo mode's fake CrateDB
 * Cloud: see the seeded clusters, deploy one and watch it become GREEN, scale it, suspend
 * it; see the suspended demo cluster OUT_OF_SERVICE in {@code /actuator/health} and on the
 * page, resume it and see it UP in both; scale a declared demo cluster by hand and see the
 * drift in the page's estate section. The final pages are kept as
 * {@code target/e2e/dashboard.png}, {@code target/e2e/dashboard-health.png} and
 * {@code target/e2e/dashboard-estate.png}.
 * <p>
 * The tests share the application and so its fake, and change different clusters: either
 * may run first.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} packages; Selenium is given
 * their paths, so it never downloads a browser or a driver. Without them the test is skipped,
 * saying what is missing, unless the environment variable (or system property)
 * {@value #REQUIRE_BROWSER} is set (to anything but {@code false}), as CI sets it: then it
 * fails.
 */
// Short steps keep the test quick; without the health cache, /actuator/health shows a
// cluster's health as the fake holds it now.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sample.demo.operation-step=200ms", "management.health.cratecloud.cache-ttl=0s" })
class DashboardBrowserIT {

	/**
	 * Environment variable, or system property, that makes a missing browser a failure
	 * rather than a reason to skip the test: {@code CRATECLOUD_REQUIRE_BROWSER=true}.
	 */
	static final String REQUIRE_BROWSER = "CRATECLOUD_REQUIRE_BROWSER";

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "e2e");

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	private WebDriverWait wait;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void browserIsInstalled() {
		// The browser must only ever deploy into the fake.
		DemoModeOnly.assumeNoApiKeyInEnvironment();
		List<File> missing = List.of(CHROMIUM, CHROMEDRIVER)
			.stream()
			.filter((executable) -> !executable.canExecute())
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		String problem = missing.stream().map(File::getPath).collect(Collectors.joining(" and "))
				+ ((missing.size() == 1) ? " is" : " are")
				+ " missing: install Debian's chromium and chromium-driver packages "
				+ "(apt-get install chromium chromium-driver), as .ci/run does";
		if (browserRequired()) {
			fail("%s (%s is set, so the browser test must run)", problem, REQUIRE_BROWSER);
		}
		String skipped = "DashboardBrowserIT skipped: " + problem + "; set " + REQUIRE_BROWSER
				+ "=true to make this a failure";
		// Once on the build's console too, which shows a skipped test only as a count.
		System.err.println(skipped);
		Assumptions.abort(skipped);
	}

	private static boolean browserRequired() {
		String value = System.getenv(REQUIRE_BROWSER);
		if (value == null || value.isBlank()) {
			value = System.getProperty(REQUIRE_BROWSER);
		}
		return value != null && !value.isBlank() && !value.trim().equalsIgnoreCase("false");
	}

	@BeforeEach
	void startBrowser(@TempDir Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		// Headless, as root, on a machine without network: no sandbox (root cannot have
		// one), no GPU, and none of the background traffic of a fresh profile.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, TIMEOUT);
		// The page reloads itself when a change finishes; an element found just before that
		// is stale and is looked up again.
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void deployScaleAndSuspendAClusterWatchingEachChangeFinish() throws IOException {
		inBrowser("dashboard", () -> {
			this.browser.get("http://localhost:" + this.port + "/");
			assertThat(this.browser.findElement(By.id("demo-mode")).getText()).contains("CRATECLOUD_APIKEY");
			assertThat(cell("analytics", "health").getText()).isEqualTo("GREEN");
			assertThat(cell("analytics", "actuator-health").getText()).isEqualTo("UP");
			assertThat(cell("analytics", "nodes").getText()).isEqualTo("3");
			assertThat(cell("analytics", "jdbc-url").getText())
				.isEqualTo("jdbc:postgresql://analytics.aks1.westeurope.azure.cratedb.net:5432/doc?sslmode=require");
			assertThat(cell("staging", "health").getText()).isEqualTo("GREEN");

			this.browser.findElement(By.id("deploy-name")).sendKeys("browser-test");
			new Select(this.browser.findElement(By.id("deploy-project"))).selectByVisibleText("Demo project");
			new Select(this.browser.findElement(By.id("deploy-product"))).selectByValue("cr1");
			WebElement nodes = this.browser.findElement(By.id("deploy-nodes"));
			nodes.clear();
			nodes.sendKeys("1");
			this.browser.findElement(By.id("deploy-submit")).click();

			this.wait.until(textOf(By.id("notice"), "Deploying cluster 'browser-test'."));
			assertThat(this.browser.findElement(By.id("admin-password")).getText()).hasSize(32);
			this.wait.until(cellText("browser-test", "health", "GREEN"));
			assertThat(cell("browser-test", "nodes").getText()).isEqualTo("1");
			assertThat(cell("browser-test", "project").getText()).isEqualTo("Demo project");
			// Deployed here, so not among the watched demo clusters; its URL is known at once.
			assertThat(cell("browser-test", "actuator-health").getText()).isEqualTo("not watched");
			assertThat(cell("browser-test", "jdbc-url").getText()).isEqualTo(
					"jdbc:postgresql://browser-test.aks1.westeurope.azure.cratedb.net:5432/doc?sslmode=require");

			WebElement scaleTo = row("browser-test").findElement(By.cssSelector("form[data-action=scale] input"));
			scaleTo.clear();
			scaleTo.sendKeys("2");
			row("browser-test").findElement(By.cssSelector("form[data-action=scale] button")).click();
			this.wait.until(textOf(By.id("notice"), "Scaling cluster 'browser-test' to 2 nodes."));
			this.wait.until(cellText("browser-test", "nodes", "2"));
			this.wait.until(cellText("browser-test", "health", "GREEN"));

			row("browser-test").findElement(By.cssSelector("form[data-action=suspend] button")).click();
			this.wait.until(textOf(By.id("notice"), "Suspending cluster 'browser-test'."));
			this.wait.until(cellText("browser-test", "health", "SUSPENDED"));
			assertThat(row("browser-test").findElements(By.cssSelector("form[data-action=resume]"))).hasSize(1);
			assertThat(this.browser.findElements(By.id("error"))).isEmpty();

			// Deployed by hand, not declared: the estate lists it and never touches it.
			String unmanaged = "unmanaged cluster Demo project/browser-test ("
					+ row("browser-test").getDomAttribute("data-cluster-id") + ")";
			reloadUntilTheEstateShows("unmanaged", unmanaged);
		});
	}

	@Test
	void aDeclaredClusterScaledByHandShowsAsDriftInTheEstateSection() throws IOException {
		inBrowser("dashboard-estate", () -> {
			this.browser.get("http://localhost:" + this.port + "/");
			// The other tests change other clusters: staging is as declared.
			assertThat(estateLines()).noneMatch((line) -> line.contains("Demo project/staging"));
			assertThat(this.browser.findElement(By.id("estate-plan-link")).getDomAttribute("href"))
				.isEqualTo("/actuator/cratecloud/estate");

			WebElement scaleTo = row("staging").findElement(By.cssSelector("form[data-action=scale] input"));
			scaleTo.clear();
			scaleTo.sendKeys("2");
			row("staging").findElement(By.cssSelector("form[data-action=scale] button")).click();
			this.wait.until(textOf(By.id("notice"), "Scaling cluster 'staging' to 2 nodes."));
			// The page reloads once the change has finished.
			this.wait.until(cellText("staging", "nodes", "2"));
			this.wait.until(cellText("staging", "health", "GREEN"));

			reloadUntilTheEstateShows("change", "~ scale cluster Demo project/staging: 2 nodes -> 1 node");
			assertThat(this.browser.findElement(By.id("estate-status")).getDomAttribute("data-drift")).isEqualTo("true");
			assertThat(this.browser.findElement(By.id("estate-status")).getText()).startsWith("Drift");
			assertThat(this.browser.findElement(By.id("estate-summary")).getText()).startsWith("Plan: ");
			assertThat(this.browser.findElements(By.id("estate-error"))).isEmpty();
		});
	}

	/**
	 * Reload the page until its estate section shows a line: the page reuses a plan while it
	 * is younger than the check interval, so the first reload after a change may show the plan
	 * made before it.
	 */
	private void reloadUntilTheEstateShows(String kind, String line) {
		this.wait.until(describe("the estate section shows " + kind + ": " + line, (browser) -> {
			browser.navigate().refresh();
			return estateLines().contains(kind + ": " + line);
		}));
	}

	/**
	 * The lines of the estate section, each as {@code <kind>: <line>}.
	 */
	private List<String> estateLines() {
		return this.browser.findElements(By.cssSelector("#estate-plan li"))
			.stream()
			.map((line) -> line.getDomAttribute("data-kind") + ": " + line.getText())
			.toList();
	}

	@Test
	void theSuspendedDemoClusterIsOutOfServiceInItsHealthEntryUntilItIsResumedThroughThePage()
			throws IOException {
		inBrowser("dashboard-health", () -> {
			HttpResponse<String> suspended = health();
			// The suspended cluster is out of service in its own entry; the sample ranks that
			// below UP overall, so the application stays UP.
			assertThat(suspended.statusCode()).isEqualTo(200);
			assertThat(json(suspended).get("status").asString()).isEqualTo("UP");
			assertThat(clusterHealth(suspended, "reporting").get("status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(clusterHealth(suspended, "reporting").get("details").get("health").asString())
				.isEqualTo("SUSPENDED");
			assertThat(clusterHealth(suspended, "analytics").get("status").asString()).isEqualTo("UP");

			this.browser.get("http://localhost:" + this.port + "/");
			assertThat(cell("reporting", "health").getText()).isEqualTo("SUSPENDED");
			assertThat(cell("reporting", "actuator-health").getText()).isEqualTo("OUT_OF_SERVICE");
			assertThat(cell("reporting", "jdbc-url").getText())
				.isEqualTo("jdbc:postgresql://reporting.aks1.westeurope.azure.cratedb.net:5432/doc?sslmode=require");
			assertThat(this.browser.findElement(By.id("estate-link")).getDomAttribute("href"))
				.isEqualTo("/actuator/cratecloud");

			row("reporting").findElement(By.cssSelector("form[data-action=resume] button")).click();
			this.wait.until(textOf(By.id("notice"), "Resuming cluster 'reporting'."));
			// The page reloads once the change has finished.
			this.wait.until(cellText("reporting", "health", "GREEN"));
			this.wait.until(cellText("reporting", "actuator-health", "UP"));
			assertThat(row("reporting").findElements(By.cssSelector("form[data-action=suspend]"))).hasSize(1);
			assertThat(this.browser.findElements(By.id("error"))).isEmpty();

			HttpResponse<String> resumed = health();
			assertThat(clusterHealth(resumed, "reporting").get("status").asString()).isEqualTo("UP");
			assertThat(clusterHealth(resumed, "reporting").get("details").get("health").asString())
				.isEqualTo("GREEN");
			assertThat(resumed.statusCode()).isEqualTo(200);
			assertThat(json(resumed).get("status").asString()).isEqualTo("UP");
		});
	}

	/**
	 * Run a test in the browser, and keep the page it ends on as {@code <name>.png}, or, if it
	 * fails, as {@code <name>-failure.png}.
	 */
	private void inBrowser(String name, Runnable test) throws IOException {
		try {
			test.run();
		}
		catch (RuntimeException | AssertionError ex) {
			try {
				screenshot(name + "-failure.png");
			}
			catch (RuntimeException | IOException screenshotFailure) {
				ex.addSuppressed(screenshotFailure);
			}
			throw ex;
		}
		screenshot(name + ".png");
	}

	/**
	 * {@code /actuator/health}, as a client over HTTP reads it.
	 */
	private HttpResponse<String> health() {
		try {
			return this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET /actuator/health failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking /actuator/health", ex);
		}
	}

	private static JsonNode clusterHealth(HttpResponse<String> health, String cluster) {
		JsonNode component = json(health).path("components").path("cratecloud").path("components").path(cluster);
		assertThat(component.isObject()).as("cratecloud.%s in %s", cluster, health.body()).isTrue();
		return component;
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

	private WebElement row(String cluster) {
		return this.browser.findElement(By.cssSelector("tr[data-cluster-name='" + cluster + "']"));
	}

	private WebElement cell(String cluster, String field) {
		return row(cluster).findElement(By.cssSelector("td[data-field='" + field + "']"));
	}

	private ExpectedCondition<Boolean> cellText(String cluster, String field, String text) {
		return describe(cluster + " shows " + field + " " + text,
				(browser) -> cell(cluster, field).getText().equals(text));
	}

	private ExpectedCondition<Boolean> textOf(By locator, String text) {
		return describe(locator + " says " + text,
				(browser) -> browser.findElement(locator).getText().contains(text));
	}

	private static ExpectedCondition<Boolean> describe(String description, ExpectedCondition<Boolean> condition) {
		return new ExpectedCondition<>() {

			@Override
			public Boolean apply(WebDriver browser) {
				return condition.apply(browser);
			}

			@Override
			public String toString() {
				return description;
			}

		};
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
