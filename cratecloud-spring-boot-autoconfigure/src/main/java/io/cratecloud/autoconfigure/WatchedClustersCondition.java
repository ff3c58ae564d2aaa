package io.cratecloud.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application watches clusters: {@code cratecloud.health.clusters} names
 * some, or {@code cratecloud.datasource.cluster} names the DataSource's.
 */
class WatchedClustersCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		List<String> watched = watched(context.getEnvironment());
		return watched.isEmpty() ? ConditionOutcome.noMatch("no CrateDB Cloud cluster is watched")
				: ConditionOutcome.match("CrateDB Cloud clusters " + watched + " are watched");
	}

	/**
	 * The watched clusters: those of {@code cratecloud.health.clusters}, then the
	 * DataSource's, each once.
	 */
	static List<String> watched(Environment environment) {
		Binder binder = Binder.get(environment);
		List<String> watched = new ArrayList<>();
		binder.bind("cratecloud.health.clusters", Bindable.listOf(String.class))
			.ifBound((clusters) -> clusters.stream().map(String::trim).filter((name) -> !name.isEmpty())
				.forEach(watched::add));
		String dataSourceCluster = binder.bind("cratecloud.datasource.cluster", String.class).map(String::trim)
			.orElse("");
		if (!dataSourceCluster.isEmpty() && !watched.contains(dataSourceCluster)) {
			watched.add(dataSourceCluster);
		}
		return List.copyOf(watched);
	}

}
