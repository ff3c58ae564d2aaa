package io.cratecloud.client.regions;

import java.time.Instant;
import java.util.List;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class RegionsClientTests {

	private static final String ORGANIZATION_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String REGIONS = """
			[
			  {"name": "eks1.eu-west-1.aws", "description": "AWS West Europe (Ireland)",
			   "is_edge_region": false, "status": "UP", "deprecated": false, "upgrade_available": false,
			   "last_seen": "2026-07-10T10:41:02.983000+00:00",
			   "dc": {"created": "2023-02-14T09:12:45.000000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}},
			  {"name": "edge1.factory-berlin", "description": "Berlin factory floor",
			   "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33",
			   "is_edge_region": true, "status": "DOWN", "deprecated": false, "upgrade_available": true,
			   "last_seen": "2026-07-09T22:03:17Z",
			   "dc": {"created": "2026-06-01T12:00:00Z", "modified": "2026-07-09T22:03:17Z"}}
			]
			""";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final RegionsClient regions = TestClients.client(api).regions();

	@Test
	void listReadsEveryPropertyOfTheRegions() {
		api.server().stubFor(get("/api/v2/regions/").willReturn(okJson(REGIONS)));

		List<Region> regions = this.regions.list();

		assertThat(regions).containsExactly(
				new Region("eks1.eu-west-1.aws", "AWS West Europe (Ireland)", null, false, RegionStatus.UP,
						Instant.parse("2026-07-10T10:41:02.983Z"), false, false,
						new DublinCore(Instant.parse("2023-02-14T09:12:45Z"),
								Instant.parse("2026-07-10T10:41:02.983Z"))),
				new Region("edge1.factory-berlin", "Berlin factory floor", ORGANIZATION_ID, true, RegionStatus.DOWN,
						Instant.parse("2026-07-09T22:03:17Z"), false, true,
						new DublinCore(Instant.parse("2026-06-01T12:00:00Z"), Instant.parse("2026-07-09T22:03:17Z"))));
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/regions/")));
	}

	@Test
	void listOfAnOrganizationPutsTheIdInThePath() {
		api.server()
			.stubFor(get("/api/v2/organizations/" + ORGANIZATION_ID + "/regions/").willReturn(okJson(REGIONS)));

		List<Region> regions = this.regions.list(ORGANIZATION_ID);

		assertThat(regions).extracting(Region::name).containsExactly("eks1.eu-west-1.aws", "edge1.factory-berlin");
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/organizations/" + ORGANIZATION_ID + "/regions/")));
		// No more ?organization_id= on the list of all regions.
		api.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v2/regions/")));
	}

	@Test
	void lastSeenWithoutOffsetIsUtcAndUnknownStatusesAreKept() {
		api.offContract("api-notes.md: regions[].last_seen comes without an offset, and enums are not closed");
		api.server().stubFor(get("/api/v2/regions/").willReturn(okJson("""
				[{"name": "edge1.factory-berlin", "is_edge_region": true, "status": "INSTALLING",
				  "last_seen": "2026-07-10T10:41:02.983000"},
				 {"name": "edge2.factory-munich", "is_edge_region": true, "status": "UNKNOWN", "last_seen": ""}]
				""")));

		List<Region> regions = this.regions.list();

		assertThat(regions.get(0).lastSeen()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
		assertThat(regions.get(0).status()).isEqualTo(new RegionStatus("INSTALLING"));
		assertThat(regions.get(1).lastSeen()).isNull();
		assertThat(regions.get(1).status()).isEqualTo(RegionStatus.UNKNOWN);
	}

	@Test
	void installTokenIsReadAndNeverPrinted() {
		api.server()
			.stubFor(get("/api/v2/regions/edge1.factory-berlin/install-token/")
				.willReturn(okJson("{\"token\": \"ZWRnZTEuZmFjdG9yeS1iZXJsaW46c2VjcmV0LWluc3RhbGwtdG9rZW4\"}")));

		InstallToken token = this.regions.getInstallToken("edge1.factory-berlin");

		assertThat(token.token()).isEqualTo("ZWRnZTEuZmFjdG9yeS1iZXJsaW46c2VjcmV0LWluc3RhbGwtdG9rZW4");
		assertThat(token.toString()).doesNotContain("ZWRnZTE");
		api.server().verify(getRequestedFor(urlEqualTo("/api/v2/regions/edge1.factory-berlin/install-token/")));
	}

}
