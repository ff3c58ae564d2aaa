package io.cratecloud.benchmarks.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * A minimal web application with the actuator, as the start-up and health measurements run
 * it. It has no code of its own beyond this class: what it contains comes from
 * auto-configuration, with the starter's or without it, so the class must not use any
 * other class of the benchmarks (the start-up measurement runs it without them).
 */
@SpringBootApplication(proxyBeanMethods = false)
public class BenchmarkApplication {

	/**
	 * The system property that makes a start record its steps ({@link BufferingApplicationStartup})
	 * and print the slowest bean creations, the way {@code StartupTime --profile} asks for.
	 */
	public static final String PROFILE_PROPERTY = "benchmark.profile-startup";

	private static final int SLOWEST = 40;

	/**
	 * Start the application, print how long that took and whether the CrateDB Cloud client
	 * is in it, and stop it.
	 * @param args the application's arguments, such as {@code --cratecloud.api-key=...}
	 */
	public static void main(String[] args) {
		long start = System.nanoTime();
		SpringApplication application = new SpringApplication(BenchmarkApplication.class);
		BufferingApplicationStartup steps = Boolean.getBoolean(PROFILE_PROPERTY) ? new BufferingApplicationStartup(20_000)
				: null;
		if (steps != null) {
			application.setApplicationStartup(steps);
		}
		ConfigurableApplicationContext context = application.run(args);
		long run = System.nanoTime() - start;
		if (steps != null) {
			printSlowestSteps(steps);
		}
		long readyAt = System.currentTimeMillis();
		// One line the launching JVM reads; it times the launch itself from before the fork.
		System.out.println("started runMicros=" + (run / 1000) + " readyAtMillis=" + readyAt + " beans="
				+ context.getBeanDefinitionCount() + " cratecloud=" + context.containsBean("crateCloudClient"));
		context.close();
	}


	private static void printSlowestSteps(BufferingApplicationStartup steps) {
		List<TimelineEvent> events = new ArrayList<>(steps.getBufferedTimeline().getEvents());
		events.sort(Comparator.comparing(TimelineEvent::getDuration).reversed());
		for (TimelineEvent event : events.subList(0, Math.min(SLOWEST, events.size()))) {
			StringBuilder tags = new StringBuilder();
			for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
				tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
			}
			System.out.printf("step %6.1f ms %s%s%n", event.getDuration().toNanos() / 1e6, event.getStartupStep().getName(),
					tags);
		}
	}

}
