package io.cratecloud.client.regions;

import java.time.Instant;
import java.util.Map;

import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.client.projects.BackupLocationRequest;
import io.cratecloud.client.projects.BackupLocationType;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionWritesTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String REGION = "edge1.factory-berlin";

	private static final Map<String, String> CREDENTIALS = Map.of("access_key_id", "AKIAIOSFODNN7EXAMPLE",
			"secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final RegionsClient regions = TestClients.client(api).regions();

	@Test
	void createSendsTheOrganizationAndDescriptionAndAnswers201() {
		api.server().stubFor(post("/api/v2/regions/").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"name": "edge1.factory-berlin", "description": "Berlin factory floor",
					 "organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "is_edge_region": true,
					 "status": "UNKNOWN", "deprecated": false, "upgrade_available": false,
					 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
					""")));

		Region region = this.regions.create(RegionCreateRequest.of(ORG_ID, "Berlin factory floor"));

		assertThat(region).isEqualTo(new Region(REGION, "Berlin factory floor", ORG_ID, true, RegionStatus.UNKNOWN,
				null, false, false,
				new DublinCore(Instant.parse("2026-07-10T10:41:02.983Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		api.server().verify(postRequestedFor(urlEqualTo("/api/v2/regions/")).withRequestBody(equalToJson("""
				{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "description": "Berlin factory floor"}
				""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void createSendsTheOptionalFields() {
		api.server().stubFor(post("/api/v2/regions/").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"name\": \"edge1.factory-berlin\", \"description\": \"Berlin factory floor\"}")));

		this.regions.create(RegionCreateRequest.of(ORG_ID, "Berlin factory floor")
			.withProvider("EDGE")
			.withAwsBucket("berlin-factory-backups", "eu-central-1"));

		api.server().verify(postRequestedFor(urlEqualTo("/api/v2/regions/")).withRequestBody(equalToJson("""
				{"organization_id": "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33", "description": "Berlin factory floor",
				 "provider": "EDGE", "aws_bucket": "berlin-factory-backups", "aws_region": "eu-central-1"}
				""")));
	}

	@Test
	void createChecksTheRegionBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.regions.create(null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.create(RegionCreateRequest.of("factory-berlin", "Berlin factory floor")))
			.withMessageContaining("organization_id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.regions.create(RegionCreateRequest.of(ORG_ID, null)))
			.withMessageContaining("description");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.create(RegionCreateRequest.of(ORG_ID, "d".repeat(513))))
			.withMessageContaining("description");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.create(RegionCreateRequest.of(ORG_ID, "Berlin").withProvider("-edge")))
			.withMessageContaining("provider");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.create(RegionCreateRequest.of(ORG_ID, "Berlin").withAwsBucket("", "eu-central-1")))
			.withMessageContaining("aws_bucket");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.create(RegionCreateRequest.of(ORG_ID, "Berlin").withAwsBucket("backups", "eu/central")))
			.withMessageContaining("aws_region");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void anEmptyDescriptionIsAllowedAsTheDocumentAllowsIt() {
		api.server().stubFor(post("/api/v2/regions/").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"name\": \"edge1.factory-berlin\", \"description\": \"\"}")));

		assertThat(this.regions.create(RegionCreateRequest.of(ORG_ID, "")).description()).isEmpty();
	}

	@Test
	void deleteAnswers204() {
		api.server().stubFor(delete("/api/v2/regions/" + REGION + "/").willReturn(noContent()));

		this.regions.delete(REGION);

		api.server().verify(deleteRequestedFor(urlEqualTo("/api/v2/regions/" + REGION + "/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void aRefusedDeleteSaysWhy() {
		api.offContract("api-notes.md: refusing to delete a region in use adds related_resources to the error");
		api.server().stubFor(delete("/api/v2/regions/" + REGION + "/").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"message": "The region has resources deployed.", "success": false, "errors": {},
					 "related_resources": {"projects": ["b2e4d7f1-6c8a-4f3b-9d0e-2a3b4c5d6e7f"]}}
					""")));

		assertThatExceptionOfType(CrateCloudValidationException.class).isThrownBy(() -> this.regions.delete(REGION))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("The region has resources deployed."));
	}

	@Test
	void deleteChecksTheNameBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.regions.delete(" "))
			.withMessageContaining("region_name");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void verifyBackupLocationSendsTheLocationAndReadsTheResult() {
		api.server()
			.stubFor(post("/api/v2/regions/" + REGION + "/verify-backup-location/").willReturn(okJson("""
					{"message": "Backup location verified.", "s3_location_valid": true}
					""")));

		BackupLocationVerification verification = this.regions.verifyBackupLocation(REGION,
				BackupLocationRequest.of(BackupLocationType.S3, "berlin-factory-backups", CREDENTIALS)
					.withAdditionalConfig(Map.of("endpoint_url", "https://minio.factory-berlin.example:9000")));

		assertThat(verification).isEqualTo(new BackupLocationVerification("Backup location verified.", true));
		api.server()
			.verify(postRequestedFor(urlEqualTo("/api/v2/regions/" + REGION + "/verify-backup-location/"))
				.withRequestBody(equalToJson("""
						{"location_type": "s3", "location": "berlin-factory-backups",
						 "credentials": {"access_key_id": "AKIAIOSFODNN7EXAMPLE",
						   "secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
						 "additional_config": {"endpoint_url": "https://minio.factory-berlin.example:9000"}}
						""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void verifyBackupLocationReadsAnInvalidLocation() {
		api.server()
			.stubFor(post("/api/v2/regions/" + REGION + "/verify-backup-location/").willReturn(okJson("""
					{"message": "Access Denied", "s3_location_valid": false}
					""")));

		assertThat(this.regions
			.verifyBackupLocation(REGION, BackupLocationRequest.of(BackupLocationType.S3, "other-bucket", CREDENTIALS))
			.s3LocationValid()).isFalse();
	}

	@Test
	void verifyBackupLocationChecksTheLocationBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.regions.verifyBackupLocation(REGION, null))
			.withMessageContaining("backup_location");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.verifyBackupLocation(REGION,
					BackupLocationRequest.of(BackupLocationType.S3, "b".repeat(513), CREDENTIALS)))
			.withMessageContaining("location");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.verifyBackupLocation(REGION,
					BackupLocationRequest.of(null, "berlin-factory-backups", CREDENTIALS)))
			.withMessageContaining("location_type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.verifyBackupLocation(REGION,
					BackupLocationRequest.of(BackupLocationType.S3, "berlin-factory-backups", null)))
			.withMessageContaining("credentials");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.regions.verifyBackupLocation("..",
					BackupLocationRequest.of(BackupLocationType.S3, "berlin-factory-backups", CREDENTIALS)))
			.withMessageContaining("region_name");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

}
