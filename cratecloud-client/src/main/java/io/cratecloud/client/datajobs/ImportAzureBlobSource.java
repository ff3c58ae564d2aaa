package io.cratecloud.client.datajobs;

/**
 * The source of an import job that reads blobs from Azure Blob Storage.
 *
 * @param containerName the container's name
 * @param blobName the blob's name
 * @param secretId the id of the organization secret holding the Azure credentials
 */
public record ImportAzureBlobSource(String containerName, String blobName, String secretId) {
}
