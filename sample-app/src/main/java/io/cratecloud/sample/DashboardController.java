package io.cratecloud.sample;

import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.clusters.Cluster;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The dashboard page and its JSON twin.
 */
@Controller
class DashboardController {

	private final CrateCloudClient crateCloud;

	DashboardController(CrateCloudClient crateCloud) {
		this.crateCloud = crateCloud;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		model.addAttribute("me", this.crateCloud.users().me());
		model.addAttribute("organizations", this.crateCloud.organizations().list());
		model.addAttribute("projects", this.crateCloud.projects().list());
		model.addAttribute("clusters", this.crateCloud.clusters().list());
		return "dashboard";
	}

	@GetMapping("/api/clusters")
	@ResponseBody
	List<Cluster> clusters() {
		return this.crateCloud.clusters().list();
	}

	@ExceptionHandler(CrateCloudException.class)
	@ResponseStatus(HttpStatus.BAD_GATEWAY)
	String apiFailure(CrateCloudException failure, Model model) {
		// The message names the call and what came back; it never holds the secret.
		model.addAttribute("failure", failure.getMessage());
		return "failure";
	}

}
