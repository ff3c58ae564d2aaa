package io.cratecloud.client.sql;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * SQL on one cluster over CrateDB's HTTP endpoint ({@code POST <cluster url>/_sql}),
 * authenticated with the cluster's JSON Web Token, shaped like Spring's {@code JdbcClient}:
 * <pre class="code">
 * CrateDbSql sql = client.clusters().sql(clusterId);
 * List&lt;Reading&gt; readings = sql.sql("SELECT sensor, temperature FROM readings WHERE sensor = ?")
 *     .param("s-1")
 *     .query(Reading.class)
 *     .list();
 * long inserted = sql.sql("INSERT INTO readings (sensor, temperature) VALUES (?, ?)")
 *     .params("s-1", 21.5)
 *     .update();
 * </pre>
 * <p>
 * The token is fetched on first use ({@code GET /api/v2/clusters/{cluster_id}/jwt/}, after
 * {@code GET /api/v2/clusters/{cluster_id}/} for the cluster's URL), kept until shortly before
 * it expires, then renewed with its refresh token ({@code POST /api/v2/meta/jwt/refresh/}),
 * or fetched anew when that is refused. A statement the cluster rejects with {@code 401} did
 * not run: the token is renewed once and the statement sent again. Concurrent callers share
 * one renewal. Tokens never appear in a message, a log or {@code toString()}.
 * <p>
 * Parameters are always sent apart from the statement ({@code args}), never written into
 * it. Queries are retried on a passing failure as the client's retry settings say; updates
 * only when {@link StatementSpec#idempotent() marked idempotent}. A statement CrateDB refuses
 * throws {@link CrateDbSqlException} with CrateDB's error code. Instances are thread-safe.
 */
public interface CrateDbSql {

	/**
	 * The id of the cluster statements run on.
	 * @return the cluster's id
	 */
	String clusterId();

	/**
	 * Start a statement.
	 * @param statement the SQL statement, with {@code ?} (or {@code $1}) where each parameter
	 * goes
	 * @return the statement, to add parameters to and run
	 * @throws IllegalArgumentException if the statement is blank
	 */
	StatementSpec sql(String statement);

	/**
	 * A statement with its parameters, ready to run. Each run sends one
	 * {@code POST <cluster url>/_sql?types} (more only to renew a rejected token or to retry).
	 * A spec is built and run by one thread; it is not thread-safe.
	 */
	interface StatementSpec {

		/**
		 * Add a positional parameter.
		 * @param value the value, written as JSON with the client's mapping; {@code null} for
		 * SQL {@code NULL}
		 * @return this statement
		 */
		StatementSpec param(@Nullable Object value);

		/**
		 * Add positional parameters.
		 * @param values the values, in order
		 * @return this statement
		 */
		StatementSpec params(@Nullable Object... values);

		/**
		 * Add positional parameters.
		 * @param values the values, in order
		 * @return this statement
		 */
		StatementSpec params(List<?> values);

		/**
		 * Set the schema unqualified table names resolve in ({@code Default-Schema} header);
		 * CrateDB's default is {@code doc}.
		 * @param schema the schema
		 * @return this statement
		 * @throws IllegalArgumentException if the schema is blank or cannot be a header value
		 */
		StatementSpec defaultSchema(String schema);

		/**
		 * Mark the statement as safe to run twice (an upsert, a {@code DELETE} by key, DDL
		 * with {@code IF NOT EXISTS}), so that a passing failure is retried as for a query.
		 * Queries are idempotent without this.
		 * @return this statement
		 */
		StatementSpec idempotent();

		/**
		 * Run the statement as a query and return its whole result.
		 * @return the columns, their types, the rows, the row count and the duration
		 * @throws CrateDbSqlException if CrateDB refuses the statement
		 */
		SqlResult query();

		/**
		 * Run the statement as a query whose rows are mapped to a type: a simple type
		 * ({@code String}, a number, a {@code Boolean}, an {@code Instant}, ...) from a
		 * one-column result, any other type (a record, a bean, a {@code Map}) by its
		 * properties, whose {@code snake_case} names are the columns' names.
		 * @param <T> the type of a row
		 * @param type the type of a row
		 * @return the query, to read as a list, a single row or an optional one
		 */
		<T> MappedQuerySpec<T> query(Class<T> type);

		/**
		 * Run the statement as an update ({@code INSERT}, {@code UPDATE}, {@code DELETE},
		 * DDL).
		 * @return the number of rows affected, as CrateDB counts them ({@code -1} when it
		 * does not say)
		 * @throws CrateDbSqlException if CrateDB refuses the statement
		 */
		long update();

		/**
		 * Run the statement once for each set of parameters, in one request
		 * ({@code bulk_args}). Parameters added with {@link #param} are not used.
		 * @param parameterSets the sets of parameters, one per run
		 * @return the number of rows each run affected, in order; {@code -2} marks a run
		 * that failed (CrateDB does not fail the whole request for it)
		 * @throws CrateDbSqlException if CrateDB refuses the statement as a whole
		 */
		long[] bulkUpdate(List<? extends List<?>> parameterSets);

	}

	/**
	 * A query whose rows are mapped to a type.
	 *
	 * @param <T> the type of a row
	 */
	interface MappedQuerySpec<T> {

		/**
		 * Run the query.
		 * @return every row, mapped
		 */
		List<T> list();

		/**
		 * Run a query that must find exactly one row.
		 * @return the row, mapped
		 * @throws io.cratecloud.client.CrateCloudUnexpectedResponseException if it finds
		 * none or more than one
		 */
		T single();

		/**
		 * Run a query that finds at most one row.
		 * @return the row, mapped, or empty when there is none
		 * @throws io.cratecloud.client.CrateCloudUnexpectedResponseException if it finds
		 * more than one
		 */
		Optional<T> optional();

	}

}
