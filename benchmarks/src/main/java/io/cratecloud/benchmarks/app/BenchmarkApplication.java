package io.cratecloud.benchmarks.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A minimal web application with the actuator, as the start-up and health measurements run
 * it. It has no code of its own beyond this class: what it contains comes from
 * auto-configuration, with the starter's or without it, so the class must not use any
 * other class of the benchmarks (the start-up measurement runs it without them).
 */
@SpringBootApplication(proxyBeanMethods = false)
public class BenchmarkApplication {

	/**
	 * Start the application, print how long that took and whether the CrateDB Cloud client
	 * is in it, and stop it.
	 * @param args the application's arguments, such as {@code --cratecloud.api-key=...}
	 */
	public static void main(String[] args) {
		long start = System.nanoTime();
		ConfigurableApplicationContext context = SpringApplication.run(BenchmarkApplication.class, args);
		long run = System.nanoTime() - start;
		long readyAt = System.currentTimeMillis();
		// One line the launching JVM reads; it times the launch itself from before the fork.
		System.out.println("started runMicros=" + (run / 1000) + " readyAtMillis=" + readyAt + " beans="
				+ context.getBeanDefinitionCount() + " cratecloud=" + context.containsBean("crateCloudClient"));
		context.close();
	}

}
