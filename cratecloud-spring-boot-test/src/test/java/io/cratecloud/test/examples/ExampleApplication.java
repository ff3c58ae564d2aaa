package io.cratecloud.test.examples;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

/**
 * The application the README's test examples test: nothing but the starter. The module's
 * tests have Spring Boot's JDBC support on the class path, for the DataSource on a cluster
 * ({@code CrateCloudDataSourceTests}); this application has no database.
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
class ExampleApplication {

}
