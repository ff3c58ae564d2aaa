package io.cratecloud.client.sql;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of a statement, as CrateDB's HTTP endpoint answers it.
 *
 * @param columns the columns' names, in order
 * @param columnTypes the columns' CrateDB types, in the same order
 * @param rows the rows, each a list of values in column order as JSON reads them
 * ({@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code List},
 * {@code Map} or {@code null}; timestamps are epoch milliseconds)
 * @param rowCount the number of rows returned or affected, {@code -1} when CrateDB does not say
 * @param duration how long CrateDB took to run the statement, as it reports it
 */
public record SqlResult(List<String> columns, List<CrateDbType> columnTypes, List<List<@Nullable Object>> rows,
		long rowCount, Duration duration) {

	/**
	 * The index of a column.
	 * @param column the column's name
	 * @return its index in {@link #columns()} and in each row
	 * @throws IllegalArgumentException if there is no such column
	 */
	public int columnIndex(String column) {
		int index = this.columns.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("No column '" + column + "' in " + this.columns);
		}
		return index;
	}

}
