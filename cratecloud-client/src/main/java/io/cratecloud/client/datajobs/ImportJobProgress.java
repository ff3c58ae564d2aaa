package io.cratecloud.client.datajobs;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The detailed progress of an import job, file by file:
 * {@code GET /api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/}.
 *
 * @param jobId the import job's id
 * @param message what the job is doing or, once it failed, why
 * @param progress the job's counters and the progress of each file
 * @param details further details, whose properties the document does not describe
 */
public record ImportJobProgress(String jobId, String message, DataJobProgress progress,
		@Nullable Map<String, Object> details) {
}
