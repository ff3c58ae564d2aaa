package io.cratecloud.sample;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.client.clusters.ClusterOperation;
import io.cratecloud.client.clusters.OperationType;
import io.cratecloud.client.estate.EstateValidationException;
import io.cratecloud.client.projects.Project;
import io.cratecloud.estate.DeclaredEstate;
import io.cratecloud.sample.demo.DemoModeEnvironmentPostProcessor;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The dashboard page, its JSON twin and the progress of cluster changes for the page's
 * script. The page shows, for each cluster, the JDBC URL the starter would connect a
 * DataSource with and the cluster's status in {@code /actuator/health}; and, with an estate
 * declared ({@code cratecloud.estate.*}), its plan: what differs from the declaration.
 */
@Controller
class DashboardController {

	/** When the shown plan was made: it may be up to a check interval old. */
	private static final DateTimeFormatter PLANNED_AT = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final CrateCloudClient crateCloud;

	private final ClusterActions actions;

	private final ClusterUsage usage;

	private final ObjectProvider<DeclaredEstate> declaredEstate;

	private final boolean demoMode;

	DashboardController(CrateCloudClient crateCloud, ClusterActions actions, ClusterUsage usage,
			ObjectProvider<DeclaredEstate> declaredEstate, Environment environment) {
		this.crateCloud = crateCloud;
		this.actions = actions;
		this.usage = usage;
		this.declaredEstate = declaredEstate;
		this.demoMode = environment.getProperty(DemoModeEnvironmentPostProcessor.ACTIVE_PROPERTY, Boolean.class,
				false);
	}

	@GetMapping("/")
	String dashboard(Model model) {
		List<Project> projects = this.crateCloud.projects().list();
		Map<String, String> projectNames = new LinkedHashMap<>();
		projects.forEach((project) -> projectNames.put(project.id(), project.name()));
		model.addAttribute("demoMode", this.demoMode);
		model.addAttribute("me", this.crateCloud.users().me());
		model.addAttribute("organizations", this.crateCloud.organizations().list());
		model.addAttribute("projects", projects);
		model.addAttribute("projectNames", projectNames);
		List<Cluster> clusters = this.crateCloud.clusters().list();
		model.addAttribute("clusters", clusters);
		// By cluster id: the JDBC URL the starter would build for the cluster, and its status
		// in /actuator/health if it is watched.
		Map<String, String> watchedHealth = this.usage.watchedClusterHealth();
		Map<String, @Nullable String> jdbcUrls = new HashMap<>();
		Map<String, @Nullable String> reportedHealth = new HashMap<>();
		for (Cluster cluster : clusters) {
			jdbcUrls.put(cluster.id(), this.usage.jdbcUrl(cluster));
			reportedHealth.put(cluster.id(), ClusterUsage.reportedHealth(watchedHealth, cluster));
		}
		model.addAttribute("jdbcUrls", jdbcUrls);
		model.addAttribute("reportedHealth", reportedHealth);
		model.addAttribute("products", this.actions.clusterProducts());
		addEstate(model);
		return "dashboard";
	}

	/**
	 * The declared estate's plan, if an estate is declared. {@code current()} reuses the
	 * latest plan while it is younger than {@code cratecloud.estate.check-interval}, so a page
	 * view adds at most the plan's three list requests, and usually none.
	 */
	private void addEstate(Model model) {
		DeclaredEstate estate = this.declaredEstate.getIfAvailable();
		model.addAttribute("estateDeclared", estate != null);
		if (estate == null) {
			return;
		}
		try {
			DeclaredEstate.PlanAt current = estate.current();
			model.addAttribute("estate", current);
			model.addAttribute("estatePlannedAt", PLANNED_AT.format(current.plannedAt()));
		}
		catch (EstateValidationException ex) {
			// Such as a declared cluster deleted by hand whose password-from names nothing:
			// the rest of the page still works, so only this section says what is wrong.
			model.addAttribute("estateProblems", ex.getProblems().stream().map(Object::toString).toList());
		}
		catch (CrateCloudException ex) {
			// Such as a declared organization the key cannot read. The message names the call
			// and what came back, never the secret.
			model.addAttribute("estateProblems", List.of(ex.getMessage()));
		}
	}

	@GetMapping("/api/clusters")
	@ResponseBody
	List<Cluster> clusters() {
		return this.crateCloud.clusters().list();
	}

	/**
	 * Where the newest change of a type on a cluster stands, for the page's script.
	 * @param clusterId the cluster's id
	 * @param type the operation type, such as {@code SCALE}
	 * @return the operation's progress, or 404 if the cluster has none of that type or is gone
	 */
	@GetMapping("/api/clusters/{clusterId}/operations/latest")
	@ResponseBody
	ResponseEntity<OperationProgress> latestOperation(@PathVariable String clusterId, @RequestParam String type) {
		try {
			return ResponseEntity.of(this.actions.latestOperation(clusterId, new OperationType(type))
				.map(OperationProgress::of));
		}
		catch (CrateCloudNotFoundException ex) {
			return ResponseEntity.notFound().build();
		}
	}

	@ExceptionHandler(CrateCloudException.class)
	@ResponseStatus(HttpStatus.BAD_GATEWAY)
	String apiFailure(CrateCloudException failure, Model model) {
		// The message names the call and what came back; it never holds the secret.
		model.addAttribute("failure", failure.getMessage());
		return "failure";
	}

	/**
	 * Where a cluster change stands.
	 *
	 * @param id the operation's id
	 * @param type the operation type
	 * @param status the operation status, such as {@code IN_PROGRESS}
	 * @param message what the region reported
	 * @param finished whether the change has succeeded or failed
	 */
	record OperationProgress(@Nullable String id, @Nullable String type, @Nullable String status,
			@Nullable String message, boolean finished) {

		static OperationProgress of(ClusterOperation operation) {
			return new OperationProgress(operation.id(),
					(operation.type() != null) ? operation.type().value() : null,
					(operation.status() != null) ? operation.status().value() : null, operation.feedbackMessage(),
					operation.status() != null && operation.status().isFinished());
		}

	}

}
