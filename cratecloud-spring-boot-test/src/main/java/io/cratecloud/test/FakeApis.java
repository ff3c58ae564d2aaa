package io.cratecloud.test;

import java.util.List;

/**
 * Every group of operations the fake serves, and the clusters' SQL endpoints.
 */
final class FakeApis {

	private FakeApis() {
	}

	static List<FakeApi> all(FakeState state) {
		return List.of(new OrganizationsApi(state), new ProjectsApi(state), new ClustersApi(state),
				new DataJobsApi(state), new UsersApi(state), new RolesApi(state), new AuditLogsApi(state),
				new RegionsApi(state), new ProductsApi(state), new SubscriptionsApi(state), new FilesApi(state),
				new SecretsApi(state), new BillingApi(state), new MetadataApi(state), new ClusterSqlEndpoint(state));
	}

}
