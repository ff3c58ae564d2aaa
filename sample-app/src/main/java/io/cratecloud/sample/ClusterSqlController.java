package io.cratecloud.sample;

import java.util.ArrayList;
import java.util.List;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.CrateCloudException;
import io.cratecloud.client.sql.SqlResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page's query box: one statement on a cluster over its HTTP endpoint, with the API key
 * alone (the client fetches the cluster's token), its result or CrateDB's error shown on the
 * page.
 */
@Controller
class ClusterSqlController {

	private static final Log logger = LogFactory.getLog(ClusterSqlController.class);

	/** The most rows the page shows: it is a look, not an export. */
	static final int SHOWN_ROWS = 50;

	private final CrateCloudClient crateCloud;

	ClusterSqlController(CrateCloudClient crateCloud) {
		this.crateCloud = crateCloud;
	}

	@PostMapping("/sql")
	String query(@RequestParam String clusterId, @RequestParam String statement, RedirectAttributes redirect) {
		redirect.addFlashAttribute("sqlCluster", clusterId);
		redirect.addFlashAttribute("sqlStatement", statement);
		try {
			SqlResult result = this.crateCloud.clusters().sql(clusterId).sql(statement).query();
			List<List<String>> rows = new ArrayList<>();
			for (List<?> row : result.rows().subList(0, Math.min(SHOWN_ROWS, result.rows().size()))) {
				rows.add(row.stream().map(String::valueOf).toList());
			}
			redirect.addFlashAttribute("sqlColumns", result.columns());
			redirect.addFlashAttribute("sqlRows", rows);
			redirect.addFlashAttribute("sqlSummary", result.rowCount() + ((result.rowCount() == 1) ? " row" : " rows")
					+ " in " + result.duration().toMillis() + " ms"
					+ ((result.rows().size() > SHOWN_ROWS) ? ", the first " + SHOWN_ROWS + " shown" : ""));
		}
		catch (CrateCloudException | IllegalArgumentException ex) {
			logger.debug("Statement refused", ex);
			redirect.addFlashAttribute("sqlError", ex.getMessage());
		}
		return "redirect:/#sql";
	}

}
