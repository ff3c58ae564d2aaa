package io.cratecloud.client.datajobs;

/**
 * The source of an import job that reads a file at a URL.
 *
 * @param url the file's URL, reachable by the service without credentials
 */
public record ImportUrlSource(String url) {
}
