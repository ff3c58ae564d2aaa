package io.cratecloud.client.datajobs;

import org.jspecify.annotations.Nullable;

/**
 * The source of an import job that reads objects from an S3 bucket.
 *
 * @param bucket the bucket's name
 * @param filePath the object's key in the bucket
 * @param secretId the id of the organization secret holding the AWS credentials
 * @param endpoint the URL of an S3-compatible service other than AWS, or {@code null}
 * for AWS
 */
public record ImportS3Source(String bucket, String filePath, String secretId, @Nullable String endpoint) {
}
