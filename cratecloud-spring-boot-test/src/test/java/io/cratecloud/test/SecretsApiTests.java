package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.organizations.MongoDbSecret;
import io.cratecloud.client.organizations.Secret;
import io.cratecloud.client.organizations.SecretCreateRequest;
import io.cratecloud.client.organizations.SecretType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SecretsApiTests extends FakeApiTests {

	private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

	private static final String AWS_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

	private static final String AZURE_ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu";

	SecretsApiTests() {
		invalidOnPurpose((exchange) -> exchange.status() == 400);
		// The document lists no 404 for an organization's secrets; the fake answers an
		// unknown organization as everywhere else (the service's answer is not known).
		offDocument((exchange) -> exchange.status() == 404 && exchange.method().equals("GET")
				&& "/api/v2/organizations/{organization_id}/secrets/".equals(exchange.template()));
	}

	@Test
	void secretsOfEachTypeAreCreatedAndListedWithoutWhatTheyHold() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		Secret aws = this.client.organizations()
			.secrets()
			.create(acme.id(), SecretCreateRequest.aws("s3-import", "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_KEY));
		Secret azure = this.client.organizations()
			.secrets()
			.create(acme.id(), SecretCreateRequest.azure("blob-import",
					"DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=" + AZURE_ACCOUNT_KEY));
		Secret mongo = this.client.organizations()
			.secrets()
			.create(acme.id(), SecretCreateRequest.mongoDb("mongo-cdc",
					MongoDbSecret.of("mongodb+srv://reader:s3cr3t-pw@cluster0.example.mongodb.net/sensors")));

		assertThat(aws.type()).isEqualTo(SecretType.AWS);
		assertThat(aws.description()).isEqualTo("AWS access key ****MPLE");
		assertThat(azure.type()).isEqualTo(SecretType.AZURE);
		assertThat(azure.description()).isEqualTo("Azure storage account acmedata");
		assertThat(mongo.type()).isEqualTo(SecretType.MONGODB);
		assertThat(mongo.description()).isEqualTo("MongoDB at cluster0.example.mongodb.net");
		assertThat(this.client.organizations().secrets().list(acme.id())).extracting(Secret::name)
			.containsExactly("s3-import", "blob-import", "mongo-cdc");
		// What a secret holds never comes back, in any answer.
		assertThat(this.fake.requests()).filteredOn((exchange) -> exchange.template() != null
				&& exchange.template().startsWith("/api/v2/organizations/{organization_id}/secrets/"))
			.hasSize(4)
			.allSatisfy((exchange) -> assertThat(exchange.responseBody()).doesNotContain(AWS_SECRET_KEY)
				.doesNotContain(AZURE_ACCOUNT_KEY)
				.doesNotContain("s3cr3t-pw")
				.doesNotContain("\"data\""));
		assertThat(auditActions(acme.id())).containsExactly("secret.create", "secret.create", "secret.create");
	}

	@Test
	void aSecretIsDeleted() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		Secret created = this.client.organizations()
			.secrets()
			.create(acme.id(), SecretCreateRequest.aws("s3-import", "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_KEY));

		this.client.organizations().secrets().delete(acme.id(), created.id());

		assertThat(this.client.organizations().secrets().list(acme.id())).isEmpty();
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().secrets().delete(acme.id(), created.id()));
		assertThat(auditActions(acme.id())).containsExactly("secret.delete", "secret.create");
	}

	@Test
	void secretsOfUnknownOrganizationsOrOthersAreNotFound() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededOrganization globex = this.fake.seed().organization("Globex");
		Secret created = this.client.organizations()
			.secrets()
			.create(acme.id(), SecretCreateRequest.aws("s3-import", "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_KEY));

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().secrets().list(UNKNOWN_ID));
		assertThatExceptionOfType(CrateCloudNotFoundException.class).isThrownBy(() -> this.client.organizations()
			.secrets()
			.create(UNKNOWN_ID, SecretCreateRequest.azure("blob", "AccountName=a;AccountKey=b")));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().secrets().delete(globex.id(), created.id()));
		assertThat(this.client.organizations().secrets().list(globex.id())).isEmpty();
		assertThat(this.client.organizations().secrets().list(acme.id())).hasSize(1);
	}

	@Test
	void aSecretNameIsTakenOncePerOrganization() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededOrganization globex = this.fake.seed().organization("Globex");
		this.client.organizations().secrets().create(acme.id(), SecretCreateRequest.azure("blob", "AccountName=a;AccountKey=b"));

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.organizations()
				.secrets()
				.create(acme.id(), SecretCreateRequest.azure("blob", "AccountName=c;AccountKey=d")))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("name"));
		this.client.organizations().secrets().create(globex.id(), SecretCreateRequest.azure("blob", "AccountName=c;AccountKey=d"));
		assertThat(this.client.organizations().secrets().list(acme.id())).hasSize(1);
	}

	@Test
	void invalidBodiesAreBadRequestsNamingEveryWrongFieldNestedAsSent() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		FakeHttp http = new FakeHttp(this.fake);
		String path = "/api/v2/organizations/" + acme.id() + "/secrets/";

		HttpResponse<String> unknownType = http.send("POST", path, "{\"name\": \"\", \"type\": \"GCP\"}");
		assertThat(unknownType.statusCode()).isEqualTo(400);
		assertThat(unknownType.body()).contains("\"name\":[\"Length must be between 1 and 512.\"]")
			.contains("\"type\":[\"Must be one of: AWS, AZURE, MONGODB.\"]")
			.contains("\"data\":[\"Missing data for required field.\"]");
		HttpResponse<String> incomplete = http.send("POST", path,
				"{\"name\": \"s3\", \"type\": \"AWS\", \"data\": {\"aws_secret\": {\"access_key\": \"AKIA\"}}}");
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body())
			.contains("\"errors\":{\"data\":{\"aws_secret\":{\"secret_key\":[\"Missing data for required field.\"]}}}");
		HttpResponse<String> wrongKind = http.send("POST", path, "{\"name\": \"mongo\", \"type\": \"MONGODB\", "
				+ "\"data\": {\"azure_secret\": {\"connection_string\": \"x\"}}}");
		assertThat(wrongKind.statusCode()).isEqualTo(400);
		assertThat(wrongKind.body()).contains("\"mongodb_secret\":[\"Missing data for required field.\"]");
		assertThat(this.client.organizations().secrets().list(acme.id())).isEmpty();
	}

	private List<String> auditActions(String organizationId) {
		return this.client.auditLogs().stream(organizationId, AuditLogQuery.all()).map(AuditEvent::action).toList();
	}

}
