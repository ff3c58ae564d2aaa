package io.cratecloud.sample;

import io.cratecloud.autoconfigure.jdbc.CrateCloudDataSourceProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A dashboard of a CrateDB Cloud account, built on the starter.
 */
@SpringBootApplication
// The dashboard shows every cluster's JDBC URL as the starter would build it, also when no
// 'cratecloud.datasource.cluster' switches the starter's DataSource on.
@EnableConfigurationProperties(CrateCloudDataSourceProperties.class)
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
