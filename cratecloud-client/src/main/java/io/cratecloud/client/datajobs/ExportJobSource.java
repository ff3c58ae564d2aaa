package io.cratecloud.client.datajobs;

/**
 * The table an export job reads.
 *
 * @param table the table's name, optionally with its schema ({@code schema.table})
 */
public record ExportJobSource(String table) {
}
