package io.cratecloud.client.datajobs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The table an import job writes to.
 *
 * @param table the table's name, optionally with its schema ({@code schema.table}); the
 * service returns it unquoted
 * @param createTable whether the table is created if it does not exist; the service's
 * default is {@code true}
 * @param tableDefinition the columns of the table to create, or {@code null} to infer them
 * from the data
 */
public record ImportJobDestination(String table, @Nullable Boolean createTable,
		@Nullable List<ImportTableColumn> tableDefinition) {
}
