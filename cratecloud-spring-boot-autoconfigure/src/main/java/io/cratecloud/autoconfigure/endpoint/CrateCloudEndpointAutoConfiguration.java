package io.cratecloud.autoconfigure.endpoint;

import io.cratecloud.actuate.CrateCloudEndpoint;
import io.cratecloud.autoconfigure.CrateCloudAutoConfiguration;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.estate.DeclaredEstate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of the read-only {@link CrateCloudEndpoint cratecloud} actuator endpoint. Like any
 * endpoint, it is reachable over the web only when exposed
 * ({@code management.endpoints.web.exposure.include}), and off with
 * {@code management.endpoint.cratecloud.access=none}. With an estate declared
 * ({@code cratecloud.estate.*}), {@code /actuator/cratecloud/estate} shows its plan.
 */
@AutoConfiguration(after = CrateCloudAutoConfiguration.class,
		afterName = "io.cratecloud.autoconfigure.estate.CrateCloudEstateAutoConfiguration")
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(CrateCloudClient.class)
@ConditionalOnAvailableEndpoint(CrateCloudEndpoint.class)
public final class CrateCloudEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CrateCloudEndpoint crateCloudEndpoint(CrateCloudClient crateCloudClient,
			ObjectProvider<DeclaredEstate> declaredEstate) {
		return new CrateCloudEndpoint(crateCloudClient, declaredEstate.getIfAvailable());
	}

}
