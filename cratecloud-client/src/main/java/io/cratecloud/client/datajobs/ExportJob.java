package io.cratecloud.client.datajobs;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.OperationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A job that exports a table of a cluster to an organization file. Once it has
 * succeeded, {@link ExportJobsClient#getDownloadUrl(String, ExportJob)} gives the URL to
 * download the file from.
 *
 * @param id the job's id
 * @param clusterId the id of the cluster the job exports from
 * @param source the table the job reads
 * @param destination the format the job writes and the file it writes to
 * @param compression how the exported data is compressed
 * @param status where the job stands
 * @param progress how far the job has come
 * @param dc when the job was created and last modified
 */
public record ExportJob(@Nullable String id, @Nullable String clusterId, ExportJobSource source,
		ExportJobDestination destination, @Nullable DataJobCompression compression, @Nullable OperationStatus status,
		@Nullable DataJobProgress progress, @Nullable DublinCore dc) implements DataJob {

	/**
	 * The id of the organization file the job writes to.
	 * @return the file's id, or {@code null} until the service has set the file up
	 */
	public @Nullable String fileId() {
		DataJobFile file = this.destination.file();
		return (file != null) ? file.id() : null;
	}

}
