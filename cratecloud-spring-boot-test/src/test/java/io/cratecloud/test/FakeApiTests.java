package io.cratecloud.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestReporter;

/**
 * What the tests of the fake's APIs share: a fake (a default one unless a test class asks
 * for another), the real client pointed at it, and the check, after each test, that every
 * exchange conforms to the OpenAPI document but for the exchanges the test class registers
 * with {@link #invalidOnPurpose(Predicate)} and {@link #offDocument(Predicate)}, each with
 * the reason in a comment. The operations found conforming are published for
 * {@link FakeCoverageTests}, which runs the classes tagged {@value FakeContract#API_TESTS}. The
 * fake is closed after each test.
 */
@Tag(FakeContract.API_TESTS)
abstract class FakeApiTests {

	final FakeCrateCloud fake;

	final CrateCloudClient client;

	private final List<Predicate<RecordedExchange>> invalidOnPurpose = new ArrayList<>();

	private final List<Predicate<RecordedExchange>> offDocument = new ArrayList<>();

	/**
	 * A fake with the defaults, on the real clock.
	 */
	FakeApiTests() {
		this(FakeCrateCloud.start());
	}

	/**
	 * The given fake, and a client that polls operations at its default interval.
	 * @param fake the started fake, closed after each test
	 */
	FakeApiTests(FakeCrateCloud fake) {
		this(fake, clientOf(fake));
	}

	/**
	 * The given fake, and a client that polls operations at the given interval.
	 * @param fake the started fake, closed after each test
	 * @param pollInterval the client's interval between two polls of an operation
	 */
	FakeApiTests(FakeCrateCloud fake, Duration pollInterval) {
		this(fake, clientOf(fake).operationPollInterval(pollInterval));
	}

	private FakeApiTests(FakeCrateCloud fake, CrateCloudClient.Builder client) {
		this.fake = fake;
		this.client = client.build();
	}

	private static CrateCloudClient.Builder clientOf(FakeCrateCloud fake) {
		return CrateCloudClient.builder()
			.baseUrl(fake.baseUrl())
			.credentials(CrateCloudCredentials.of(fake.apiKey(), fake.apiSecret()));
	}

	/**
	 * Leaves the requests a test sends off the document on purpose unchecked; their answers
	 * are still checked.
	 * @param exchanges the exchanges whose request is not to be checked
	 */
	void invalidOnPurpose(Predicate<RecordedExchange> exchanges) {
		this.invalidOnPurpose.add(exchanges);
	}

	/**
	 * Leaves exchanges the live service answers differently from the document, or whose
	 * answer by the service is not known, unchecked; the caller says why.
	 * @param exchanges the exchanges not to check at all
	 */
	void offDocument(Predicate<RecordedExchange> exchanges) {
		this.offDocument.add(exchanges);
	}

	@AfterEach
	void conformsAndStops(TestReporter reporter) {
		try {
			Predicate<RecordedExchange> invalid = (exchange) -> this.invalidOnPurpose.stream()
				.anyMatch((predicate) -> predicate.test(exchange));
			Predicate<RecordedExchange> off = (exchange) -> this.offDocument.stream()
				.anyMatch((predicate) -> predicate.test(exchange));
			FakeContract.publish(reporter, FakeContract.assertConforms(this.fake, invalid, off));
		}
		finally {
			this.fake.close();
		}
	}

}
