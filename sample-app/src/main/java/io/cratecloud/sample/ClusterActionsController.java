package io.cratecloud.sample;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.CrateCloudOperationInProgressException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.PendingOperation;
import io.cratecloud.client.clusters.Cluster;
import io.cratecloud.sample.ClusterActions.DeployRequest;
import io.cratecloud.sample.ClusterActions.Deployment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboard's cluster actions: deploy, scale, suspend, resume and delete. Each is a
 * form POST that redirects back to the dashboard with a notice, or with a readable error
 * when CrateDB Cloud refuses, and names the change for the page to follow.
 */
@Controller
@RequestMapping("/clusters")
class ClusterActionsController {

	private static final Log logger = LogFactory.getLog(ClusterActionsController.class);

	private static final String DASHBOARD = "redirect:/";

	private final ClusterActions actions;

	ClusterActionsController(ClusterActions actions) {
		this.actions = actions;
	}

	@PostMapping
	String deploy(@RequestParam String name, @RequestParam String projectId, @RequestParam String product,
			@RequestParam(required = false) @Nullable Integer nodes,
			@RequestParam(required = false) @Nullable String password, RedirectAttributes redirect) {
		// Kept for the form if CrateDB Cloud refuses, so that nothing has to be typed again;
		// never the password.
		redirect.addFlashAttribute("deployName", name);
		redirect.addFlashAttribute("deployProject", projectId);
		redirect.addFlashAttribute("deployProduct", product);
		redirect.addFlashAttribute("deployNodes", nodes);
		return perform(redirect, () -> {
			Deployment deployment = this.actions
				.deploy(new DeployRequest(name.trim(), projectId, product, required(nodes), password));
			if (deployment.generatedPassword() != null) {
				redirect.addFlashAttribute("adminUser", ClusterActions.ADMIN_USER);
				redirect.addFlashAttribute("adminPassword", deployment.generatedPassword());
			}
			return follow(redirect, deployment.change(), "Deploying cluster '" + name.trim() + "'.");
		});
	}

	@PostMapping("/{clusterId}/scale")
	String scale(@PathVariable String clusterId, @RequestParam(required = false) @Nullable Integer nodes,
			RedirectAttributes redirect) {
		return perform(redirect, () -> {
			int count = required(nodes);
			// Read for its product anyway, so its name costs no further request.
			Cluster cluster = this.actions.cluster(clusterId);
			PendingOperation<Cluster> change = this.actions.scale(clusterId, cluster, count);
			return follow(redirect, change, "Scaling cluster '" + cluster.name() + "' to " + count
					+ ((count == 1) ? " node." : " nodes."));
		});
	}

	@PostMapping("/{clusterId}/suspend")
	String suspend(@PathVariable String clusterId, RedirectAttributes redirect) {
		return perform(redirect, () -> {
			String name = name(clusterId);
			PendingOperation<Cluster> change = this.actions.suspend(clusterId);
			return follow(redirect, change, "Suspending cluster '" + name + "'.");
		});
	}

	@PostMapping("/{clusterId}/resume")
	String resume(@PathVariable String clusterId, RedirectAttributes redirect) {
		return perform(redirect, () -> {
			String name = name(clusterId);
			PendingOperation<Cluster> change = this.actions.resume(clusterId);
			return follow(redirect, change, "Resuming cluster '" + name + "'.");
		});
	}

	@PostMapping("/{clusterId}/delete")
	String delete(@PathVariable String clusterId, @RequestParam(required = false) @Nullable String confirmation,
			RedirectAttributes redirect) {
		return perform(redirect, () -> {
			String name = this.actions.delete(clusterId, confirmation);
			redirect.addFlashAttribute("notice", "Deleting cluster '" + name + "'.");
			return DASHBOARD;
		});
	}

	/**
	 * Name the change for the page, which follows its operation until it finishes.
	 */
	private String follow(RedirectAttributes redirect, PendingOperation<Cluster> change, String notice) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("watchCluster", change.clusterId());
		redirect.addFlashAttribute("watchType", change.kind().value());
		// The client reads the change's own operation right after asking for it, told apart
		// from any older one of the type; the page waits for that one and never reports an
		// earlier one as done.
		String operationId = change.id();
		if (operationId != null) {
			redirect.addFlashAttribute("watchOperation", operationId);
		}
		return DASHBOARD;
	}

	private String perform(RedirectAttributes redirect, Supplier<String> action) {
		try {
			return action.get();
		}
		catch (CrateCloudException | IllegalArgumentException | IllegalStateException ex) {
			logger.debug("Cluster action refused", ex);
			redirect.addFlashAttribute("error", describe(ex));
			return DASHBOARD;
		}
	}

	private static int required(@Nullable Integer nodes) {
		if (nodes == null) {
			throw new IllegalArgumentException("Enter the number of nodes");
		}
		return nodes;
	}

	/**
	 * The name of a cluster, for the notice: read before the change, whose handle carries no
	 * cluster, so that a cluster that is not there is reported before anything is changed.
	 */
	private String name(String clusterId) {
		return this.actions.cluster(clusterId).name();
	}

	/**
	 * A message for the page. The client's messages name the call and what came back and
	 * never hold the API secret.
	 */
	static String describe(RuntimeException failure) {
		if (failure instanceof CrateCloudOperationInProgressException) {
			return "Another change is still running on this cluster: wait until it has finished, then try again. ("
					+ failure.getMessage() + ")";
		}
		if (failure instanceof CrateCloudValidationException validation) {
			Map<String, Object> errors = validation.getErrors();
			String fields = errors.entrySet()
				.stream()
				.map((error) -> error.getKey() + ": " + error.getValue())
				.collect(Collectors.joining("; "));
			String message = (validation.getServerMessage() != null) ? validation.getServerMessage()
					: validation.getMessage();
			return "CrateDB Cloud refused the request: " + message + (fields.isEmpty() ? "" : " (" + fields + ")");
		}
		return String.valueOf(failure.getMessage());
	}

}
