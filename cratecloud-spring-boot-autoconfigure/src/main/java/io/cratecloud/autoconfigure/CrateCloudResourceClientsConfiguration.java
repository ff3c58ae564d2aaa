package io.cratecloud.autoconfigure;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.auditlogs.AuditLogsClient;
import io.cratecloud.client.clusters.ClustersClient;
import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.metadata.MetadataClient;
import io.cratecloud.client.organizations.OrganizationsClient;
import io.cratecloud.client.products.ProductsClient;
import io.cratecloud.client.projects.ProjectsClient;
import io.cratecloud.client.regions.RegionsClient;
import io.cratecloud.client.roles.RolesClient;
import io.cratecloud.client.subscriptions.SubscriptionsClient;
import io.cratecloud.client.users.UsersClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The resource clients of the {@link CrateCloudClient} bean, each a bean of its own that the
 * application may replace on its own.
 */
@Configuration(proxyBeanMethods = false)
class CrateCloudResourceClientsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OrganizationsClient organizationsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.organizations();
	}

	@Bean
	@ConditionalOnMissingBean
	RegionsClient regionsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.regions();
	}

	@Bean
	@ConditionalOnMissingBean
	ProjectsClient projectsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.projects();
	}

	@Bean
	@ConditionalOnMissingBean
	ClustersClient clustersClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.clusters();
	}

	@Bean
	@ConditionalOnMissingBean
	DataJobsClient dataJobsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.dataJobs();
	}

	@Bean
	@ConditionalOnMissingBean
	ProductsClient productsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.products();
	}

	@Bean
	@ConditionalOnMissingBean
	UsersClient usersClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.users();
	}

	@Bean
	@ConditionalOnMissingBean
	RolesClient rolesClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.roles();
	}

	@Bean
	@ConditionalOnMissingBean
	SubscriptionsClient subscriptionsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.subscriptions();
	}

	@Bean
	@ConditionalOnMissingBean
	AuditLogsClient auditLogsClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.auditLogs();
	}

	@Bean
	@ConditionalOnMissingBean
	MetadataClient metadataClient(CrateCloudClient crateCloudClient) {
		return crateCloudClient.metadata();
	}

}
