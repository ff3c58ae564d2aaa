package io.cratecloud.client.datajobs;

import java.util.Map;

import io.cratecloud.client.DublinCore;
import io.cratecloud.client.OperationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A job that imports data into a table of a cluster. One of {@code url}, {@code s3},
 * {@code file} and {@code azureblob} is set, as {@code type} says.
 *
 * @param id the job's id
 * @param clusterId the id of the cluster the job imports into
 * @param type where the job reads from
 * @param format the format of the data
 * @param compression how the data is compressed
 * @param destination the table the job writes to
 * @param url the URL the job reads, for {@link ImportJobType#URL}
 * @param s3 the S3 objects the job reads, for {@link ImportJobType#S3}
 * @param file the organization file the job reads, for {@link ImportJobType#FILE}
 * @param azureblob the Azure blobs the job reads, for {@link ImportJobType#AZURE_BLOB}
 * @param schema a schema for the data, whose properties the document does not describe
 * @param status where the job stands
 * @param progress how far the job has come
 * @param dc when the job was created and last modified
 */
public record ImportJob(@Nullable String id, @Nullable String clusterId, ImportJobType type, DataJobFormat format,
		@Nullable DataJobCompression compression, ImportJobDestination destination, @Nullable ImportUrlSource url,
		@Nullable ImportS3Source s3, @Nullable DataJobFile file, @Nullable ImportAzureBlobSource azureblob,
		@Nullable Map<String, Object> schema, @Nullable OperationStatus status, @Nullable DataJobProgress progress,
		@Nullable DublinCore dc) implements DataJob {
}
