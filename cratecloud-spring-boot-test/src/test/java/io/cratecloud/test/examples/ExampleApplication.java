package io.cratecloud.test.examples;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the README's test examples test: nothing but the starter.
 */
@SpringBootApplication
class ExampleApplication {

}
