package io.cratecloud.client.datajobs;

import org.jspecify.annotations.Nullable;

/**
 * A column of the table an import job creates, when the columns are given rather than
 * inferred from the data.
 *
 * @param name the column's name
 * @param type the column's CrateDB type, such as {@code TEXT} or {@code TIMESTAMP WITH TIME ZONE}
 * @param extra what follows the type in the column's definition, such as a constraint
 */
public record ImportTableColumn(String name, String type, @Nullable String extra) {
}
