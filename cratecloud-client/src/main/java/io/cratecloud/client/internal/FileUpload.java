package io.cratecloud.client.internal;

/**
 * The body that sets up a file upload.
 *
 * @param name the file's name
 * @param fileSize the file's size in bytes
 */
record FileUpload(String name, long fileSize) {
}
