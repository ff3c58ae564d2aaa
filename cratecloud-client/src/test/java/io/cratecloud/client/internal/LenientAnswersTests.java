package io.cratecloud.client.internal;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.HttpLibrary;
import io.cratecloud.client.OperationStatus;
import io.cratecloud.client.RetrySettings;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.OperationQuery;
import io.cratecloud.client.products.Product;
import io.cratecloud.client.products.ProductGuarantee;
import io.cratecloud.client.products.ScaleOption;
import io.cratecloud.testsupport.CrateCloudApiMock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the document is loose the client is lenient: one odd value of a field the document
 * types loosely (a plain string for a timestamp, no type at all for a size) never makes a
 * whole answer unreadable, and a filter the document cannot express is applied here. Every
 * answer is one the document allows, validated by the mock.
 */
class LenientAnswersTests {

	private static final String CLUSTER_ID = "8f1c5a2e-3b4d-4e6f-8a9b-0c1d2e3f4a5b";

	private static final String OTHER_CLUSTER_ID = "2b7e4d1c-6a3f-4e8b-9c0d-5f1a2b3c4d5e";

	@RegisterExtension
	static final CrateCloudApiMock api = new CrateCloudApiMock();

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void aClusterListWithAnUnreadableLastSeenIsReadWhole(HttpLibrary library) {
		api.server()
			.stubFor(get("/api/v2/clusters/").willReturn(okJson("[" + cluster(CLUSTER_ID, "yesterday") + ", "
					+ cluster(OTHER_CLUSTER_ID, "2026-07-10T10:41:02.983000") + "]")));

		List<Cluster> clusters = client(library).clusters().list();

		assertThat(clusters).extracting(Cluster::id).containsExactly(CLUSTER_ID, OTHER_CLUSTER_ID);
		assertThat(clusters.get(0).health().lastSeen()).isNull();
		assertThat(clusters.get(0).health().status()).isNotNull();
		assertThat(clusters.get(1).health().lastSeen()).isEqualTo(Instant.parse("2026-07-10T10:41:02.983Z"));
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void untypedSizesAreReadFromNumbersAndNumericStringsAndAreNullOtherwise(HttpLibrary library) {
		api.server()
			.stubFor(get("/api/v2/products/").willReturn(okJson("[" + product("cr1", "274877906944") + ", "
					+ product("cr2", "\"274877906944\"") + ", " + product("cr3", "\"lots\"") + ", "
					+ product("cr4", "{\"value\": 274877906944, \"unit\": \"B\"}") + ", " + product("cr5", "[1, 2]")
					+ "]")));

		List<Product> products = client(library).products().list();

		assertThat(products).extracting(Product::name).containsExactly("cr1", "cr2", "cr3", "cr4", "cr5");
		assertThat(products).extracting(Product::guaranteesPerDtu)
			.containsExactly(new ProductGuarantee(50L, 5000L, 274877906944L, 274877906944L),
					new ProductGuarantee(50L, 5000L, 274877906944L, 274877906944L),
					new ProductGuarantee(50L, 5000L, null, null), new ProductGuarantee(50L, 5000L, null, null),
					new ProductGuarantee(50L, 5000L, null, null));
		assertThat(products).extracting((product) -> product.scaling().get(0))
			.extracting(ScaleOption::storageBytes, ScaleOption::diskSpaceBytes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(274877906944L, 274877906944L),
					org.assertj.core.groups.Tuple.tuple(274877906944L, 274877906944L),
					org.assertj.core.groups.Tuple.tuple(null, null), org.assertj.core.groups.Tuple.tuple(null, null),
					org.assertj.core.groups.Tuple.tuple(null, null));
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void operationsOfSeveralStatusesAreFilteredHereFromOneRequest(HttpLibrary library) {
		String path = "/api/v2/clusters/" + CLUSTER_ID + "/operations/";
		api.server().stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"operations\": [" + operation("1", "SENT")
				+ ", " + operation("2", "SUCCEEDED") + ", " + operation("3", "REGISTERED") + ", "
				+ operation("4", "FAILED") + "]}")));

		List<ClusterOperation> operations = client(library).clusters()
			.listOperations(CLUSTER_ID,
					OperationQuery.all().withStatuses(OperationStatus.REGISTERED, OperationStatus.SENT));

		assertThat(operations).extracting(ClusterOperation::status)
			.containsExactly(OperationStatus.SENT, OperationStatus.REGISTERED);
		List<LoggedRequest> sent = api.server().findAll(getRequestedFor(urlPathEqualTo(path)));
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getQueryParams().containsKey("statuses")
				? sent.get(0).getQueryParams().get("statuses").values() : List.of()).hasSizeLessThanOrEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(HttpLibrary.class)
	void oneStatusIsSentAsTheDocumentsOneString(HttpLibrary library) {
		String path = "/api/v2/clusters/" + CLUSTER_ID + "/operations/";
		api.server().stubFor(get(urlPathEqualTo(path))
			.willReturn(okJson("{\"operations\": [" + operation("1", "SENT") + "]}")));

		List<ClusterOperation> operations = client(library).clusters()
			.listOperations(CLUSTER_ID, OperationQuery.all().withStatuses(OperationStatus.SENT));

		assertThat(operations).extracting(ClusterOperation::status).containsExactly(OperationStatus.SENT);
		api.server().verify(getRequestedFor(urlPathEqualTo(path))
			.withQueryParam("statuses", com.github.tomakehurst.wiremock.client.WireMock.equalTo("SENT")));
	}

	private static CrateCloudClient client(HttpLibrary library) {
		return library.builder(api.baseUrl()).retry(RetrySettings.disabled()).build();
	}

	private static String cluster(String id, String lastSeen) {
		return """
				{"id": "%s", "name": "sensor-data", "crate_version": "5.10.3", "num_nodes": 3,
				 "project_id": "a1d3c6e0-5b7f-4e2a-8c9d-1f2e3a4b5c6d", "product_name": "cr1", "product_tier": "default",
				 "product_unit": 2, "channel": "stable", "username": "admin", "suspended": false,
				 "deletion_protected": false,
				 "health": {"status": "GREEN", "running_operation": "", "last_seen": "%s"}}
				""".formatted(id, lastSeen);
	}

	private static String product(String name, String size) {
		return """
				{"name": "%1$s", "kind": "cluster", "tier": "default", "plan": "default", "offer": "default",
				 "label": "CR1", "description": "General purpose", "region": "eks1.eu-west-1.aws", "deprecated": false,
				 "price_per_dtu_minute": 1, "scale_summary": "1 to 9 nodes",
				 "scaling": [{"value": 0, "description": "1 node", "nodes": 1, "dtus": 1, "price_per_minute": 1,
				              "queries_second": 50, "inserts_second": 5000,
				              "storage_bytes": %2$s, "disk_space_bytes": %2$s}],
				 "specs": {"cpu_cores": 2.0, "ram_bytes": 8589934592, "storage_bytes": 274877906944,
				           "storage_minimum_bytes": 34359738368, "storage_maximum_bytes": 8796093022208},
				 "guarantees_per_dtu": {"queries_second": 50, "inserts_second": 5000,
				                        "storage_bytes": %2$s, "disk_space_bytes": %2$s},
				 "tags": ["general-purpose"]}
				""".formatted(name, size);
	}

	private static String operation(String number, String status) {
		return """
				{"id": "f4b2c9d1-7e3a-4a85-9c60-1b2d3e4f5a6%s", "type": "SCALE", "status": "%s", "entity": "CLUSTER",
				 "entity_id": "%s", "feedback_data": {}, "non_sensitive_data": {},
				 "dc": {"created": "2026-07-10T10:41:02.983000+00:00", "modified": "2026-07-10T10:42:02.983000+00:00"}}
				""".formatted(number, status, CLUSTER_ID);
	}

}
