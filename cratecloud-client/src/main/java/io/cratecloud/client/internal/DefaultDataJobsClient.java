package io.cratecloud.client.internal;

import io.cratecloud.client.datajobs.DataJobsClient;
import io.cratecloud.client.datajobs.ExportJobsClient;
import io.cratecloud.client.datajobs.ImportJobsClient;

/**
 * The {@link DataJobsClient}: its import and export jobs.
 *
 * @param imports the import jobs client
 * @param exports the export jobs client
 */
public record DefaultDataJobsClient(ImportJobsClient imports, ExportJobsClient exports) implements DataJobsClient {
}
