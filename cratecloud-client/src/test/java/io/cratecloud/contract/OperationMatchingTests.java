package io.cratecloud.contract;

import java.util.List;

import io.cratecloud.testsupport.OpenApiContract;
import io.cratecloud.testsupport.OpenApiContract.Operation;
import io.cratecloud.testsupport.ServedRequests.ServedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationMatchingTests {

	private static final Operation GET_CLUSTER = new Operation("GET", "/api/v2/clusters/{cluster_id}/",
			List.of("Clusters"));

	private static final Operation DELETE_NODE = new Operation("DELETE",
			"/api/v2/clusters/{cluster_id}/nodes/{ordinal}", List.of("Clusters"));

	@Test
	void aPathVariableMatchesOneEncodedSegment() {
		assertThat(GET_CLUSTER.matches("GET", "/api/v2/clusters/8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b/")).isTrue();
		assertThat(GET_CLUSTER.matches("GET", "/api/v2/clusters/..%2Forganizations/")).isTrue();
		assertThat(GET_CLUSTER.matches("GET", "/api/v2/clusters/a/b/")).isFalse();
		assertThat(GET_CLUSTER.matches("GET", "/api/v2/clusters//")).isFalse();
		assertThat(GET_CLUSTER.matches("GET", "/api/v2/clusters/8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b")).isFalse();
		assertThat(DELETE_NODE.matches("DELETE", "/api/v2/clusters/8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b/nodes/2"))
			.isTrue();
		assertThat(DELETE_NODE.matches("DELETE", "/api/v2/clusters/8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b/nodes/2/"))
			.isFalse();
	}

	@Test
	void theMethodMustMatch() {
		assertThat(GET_CLUSTER.matches("get", "/api/v2/clusters/8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b/")).isTrue();
		assertThat(GET_CLUSTER.matches("DELETE", "/api/v2/clusters/8d6a7c3e-1b2f-4e5d-9c8b-7a6f5e4d3c2b/")).isFalse();
	}

	@Test
	void templateTextIsNotARegularExpression() {
		Operation price = new Operation("GET", "/api/v2/products/clusters/price", List.of("Products"));

		assertThat(price.matches("GET", "/api/v2/products/clusters/price")).isTrue();
		assertThat(price.matches("GET", "/api/v2/productsXclusters/price")).isFalse();
	}

	@Test
	void aPathThatFitsSeveralTemplatesIsTheMostSpecificOperation() {
		Operation me = new Operation("GET", "/api/v2/users/me/", List.of("Users"));
		Operation byId = new Operation("GET", "/api/v2/users/{user_id}/", List.of("Users"));

		assertThat(ContractCoverageTests.operationOf(new ServedRequest("GET", "/api/v2/users/me/"), List.of(byId, me)))
			.contains(me);
		assertThat(ContractCoverageTests.operationOf(
				new ServedRequest("GET", "/api/v2/users/6b0c1a8e-2f0e-4d5c-9a43-2a8f3b1f7c11/"), List.of(byId, me)))
			.contains(byId);
		assertThat(ContractCoverageTests.operationOf(new ServedRequest("POST", "/api/v2/users/me/"), List.of(byId, me)))
			.isEmpty();
	}

	@Test
	void theDocumentsOperationsCarryMethodTemplateAndTags() {
		assertThat(OpenApiContract.operations())
			.contains(new Operation("GET", "/api/v2/organizations/{organization_id}/auditlogs/", List.of("Audit")))
			.contains(new Operation("HEAD", "/api/v2/clusters/name/{name}/", List.of("Clusters")))
			.contains(DELETE_NODE)
			.doesNotHaveDuplicates();
	}

}
