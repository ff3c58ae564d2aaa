package io.cratecloud.client.organizations;

import java.time.Instant;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cratecloud.client.DublinCore;
import io.cratecloud.client.TestClients;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganizationSecretsTests {

	private static final String ORG_ID = "0f9a2c55-7c4b-4a4e-9d0a-5f1f2f0d8b33";

	private static final String SECRETS = "/api/v2/organizations/" + ORG_ID + "/secrets/";

	private static final String SECRET_ID = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b";

	private static final String AWS_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";

	private static final String AWS_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

	private static final String AZURE_CONNECTION = "DefaultEndpointsProtocol=https;AccountName=aeimports;"
			+ "AccountKey=Zm9vYmFyYmF6cXV4cXV1eA==;EndpointSuffix=core.windows.net";

	private static final String MONGODB_CONNECTION = "mongodb+srv://cdc:Pa55w0rd-in-url@cluster0.example.mongodb.net";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	private final OrganizationsClient organizations = TestClients.client(api).organizations();

	@Test
	void createAnAwsSecretNestsTheKeysUnderDataAndAnswers201WithoutThem() {
		api.server().stubFor(post(SECRETS).willReturn(created("""
				{"id": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b", "name": "s3-import", "type": "AWS",
				 "description": "AKIA...MPLE",
				 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:41:02.983000+00:00"}}
				""")));

		Secret secret = this.organizations.secrets().create(ORG_ID,
				SecretCreateRequest.aws("s3-import", AWS_ACCESS_KEY, AWS_SECRET_KEY));

		assertThat(secret).isEqualTo(new Secret(SECRET_ID, "s3-import", "AKIA...MPLE", SecretType.AWS,
				new DublinCore(Instant.parse("2026-07-10T10:41:02.983Z"), Instant.parse("2026-07-10T10:41:02.983Z"))));
		api.server().verify(postRequestedFor(urlEqualTo(SECRETS)).withRequestBody(equalToJson("""
				{"name": "s3-import", "type": "AWS",
				 "data": {"aws_secret": {"access_key": "AKIAIOSFODNN7EXAMPLE",
				   "secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}}
				""")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void createAnAzureSecretSendsTheConnectionString() {
		api.server().stubFor(post(SECRETS).willReturn(created("""
				{"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "name": "blob-import", "type": "AZURE",
				 "description": "DefaultEndpointsProtocol=https;AccountName=aeimports..."}
				""")));

		Secret secret = this.organizations.secrets().create(ORG_ID, SecretCreateRequest.azure("blob-import", AZURE_CONNECTION));

		assertThat(secret.type()).isEqualTo(SecretType.AZURE);
		assertThat(secret.id()).isEqualTo("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d");
		api.server().verify(postRequestedFor(urlEqualTo(SECRETS)).withRequestBody(equalToJson("""
				{"name": "blob-import", "type": "AZURE", "data": {"azure_secret": {"connection_string": "%s"}}}
				""".formatted(AZURE_CONNECTION))));
	}

	@Test
	void createAMongoDbSecretSendsWhatTheDocumentDoesNotDescribe() {
		api.offContract("api-notes.md: MONGODB secrets (mongodb_secret) exist but are not in the document");
		api.server().stubFor(post(SECRETS).willReturn(created("""
				{"id": "3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e", "name": "mongo-cdc", "type": "MONGODB",
				 "description": "mongodb+srv://cluster0.example.mongodb.net"}
				""")));

		Secret secret = this.organizations.secrets().create(ORG_ID, SecretCreateRequest.mongoDb("mongo-cdc",
				MongoDbSecret.of("mongodb+srv://cluster0.example.mongodb.net")
					.withCredentials("cdc", "9yT2-kq8W-pL4z")
					.withCertificate("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")));

		assertThat(secret.type()).isEqualTo(SecretType.MONGODB);
		api.server().verify(postRequestedFor(urlEqualTo(SECRETS)).withRequestBody(equalToJson("""
				{"name": "mongo-cdc", "type": "MONGODB",
				 "data": {"mongodb_secret": {"connection_string": "mongodb+srv://cluster0.example.mongodb.net",
				   "username": "cdc", "password": "9yT2-kq8W-pL4z",
				   "certificate": "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n"}}}
				""")));
	}

	@Test
	void aMongoDbSecretWithOnlyAConnectionStringSendsNothingElse() {
		api.offContract("api-notes.md: MONGODB secrets (mongodb_secret) exist but are not in the document");
		api.server().stubFor(post(SECRETS).willReturn(created("""
				{"id": "3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e", "name": "mongo-cdc", "type": "MONGODB"}
				""")));

		this.organizations.secrets().create(ORG_ID, SecretCreateRequest.mongoDb("mongo-cdc", MongoDbSecret.of(MONGODB_CONNECTION)));

		api.server().verify(postRequestedFor(urlEqualTo(SECRETS)).withRequestBody(equalToJson("""
				{"name": "mongo-cdc", "type": "MONGODB", "data": {"mongodb_secret": {"connection_string": "%s"}}}
				""".formatted(MONGODB_CONNECTION))));
	}

	@Test
	void noSensitiveInputAppearsInToString() {
		String aws = SecretCreateRequest.aws("s3-import", AWS_ACCESS_KEY, AWS_SECRET_KEY).toString();
		String azure = SecretCreateRequest.azure("blob-import", AZURE_CONNECTION).toString();
		String mongo = SecretCreateRequest
			.mongoDb("mongo-cdc",
					MongoDbSecret.of(MONGODB_CONNECTION)
						.withCredentials("cdc", "9yT2-kq8W-pL4z")
						.withCertificate("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"))
			.toString();

		assertThat(aws).contains("s3-import", "AWS").doesNotContain(AWS_ACCESS_KEY, AWS_SECRET_KEY);
		assertThat(azure).contains("blob-import").doesNotContain("AccountKey", "Zm9vYmFy", "aeimports");
		assertThat(mongo).contains("mongo-cdc", "cdc")
			.doesNotContain("Pa55w0rd", "cluster0", "9yT2-kq8W-pL4z", "PRIVATE KEY", "MIIE");
	}

	@Test
	void createChecksTheSecretBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.secrets().create(ORG_ID, null))
			.withMessageContaining("request");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID, SecretCreateRequest.aws("", AWS_ACCESS_KEY, AWS_SECRET_KEY)))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID,
					SecretCreateRequest.aws("n".repeat(513), AWS_ACCESS_KEY, AWS_SECRET_KEY)))
			.withMessageContaining("name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID, SecretCreateRequest.aws("s3-import", " ", AWS_SECRET_KEY)))
			.withMessageContaining("access_key");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID, SecretCreateRequest.aws("s3-import", AWS_ACCESS_KEY, null)))
			.withMessageContaining("secret_key");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID, SecretCreateRequest.azure("blob-import", "")))
			.withMessageContaining("connection_string");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID,
					SecretCreateRequest.mongoDb("mongo-cdc", MongoDbSecret.of(" "))))
			.withMessageContaining("connection_string");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID, new SecretCreateRequest("s3-import", null,
					new SecretCreateRequest.Data(new AwsSecret(AWS_ACCESS_KEY, AWS_SECRET_KEY), null, null))))
			.withMessageContaining("type");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create(ORG_ID, new SecretCreateRequest("s3-import", SecretType.AWS, null)))
			.withMessageContaining("data");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.organizations.secrets().create("", SecretCreateRequest.azure("blob-import", AZURE_CONNECTION)))
			.withMessageContaining("organization_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void deleteSecretAnswers204() {
		api.server().stubFor(delete(SECRETS + SECRET_ID + "/").willReturn(noContent()));

		this.organizations.secrets().delete(ORG_ID, SECRET_ID);

		api.server().verify(deleteRequestedFor(urlEqualTo(SECRETS + SECRET_ID + "/")));
		assertThat(api.server().getAllServeEvents()).hasSize(1);
	}

	@Test
	void deleteSecretChecksTheIdBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.organizations.secrets().delete(ORG_ID, "."))
			.withMessageContaining("secret_id");
		assertThat(api.server().getAllServeEvents()).isEmpty();
	}

	private static ResponseDefinitionBuilder created(String json) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(json);
	}

}
