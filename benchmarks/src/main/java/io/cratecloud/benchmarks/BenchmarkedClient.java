package io.cratecloud.benchmarks;

import java.io.Closeable;

/**
 * The calls the per-call and decoding benchmarks make, on one of the {@link ClientVariant
 * clients} they compare. Each returns what the client read, for JMH to consume.
 */
public interface BenchmarkedClient extends Closeable {

	/**
	 * {@code GET /api/v2/clusters/}.
	 * @return the clusters
	 */
	Object clustersList();

	/**
	 * {@code GET /api/v2/users/me/}.
	 * @return the current user
	 */
	Object usersMe();

	/**
	 * {@code GET /api/v2/organizations/{organization_id}/auditlogs/}, the newest page.
	 * @return the events
	 */
	Object auditLogPage();

	/**
	 * {@code POST <cluster url>/_sql?types}: {@link SqlFixtures#SELECT_ONE}, one row, with the
	 * cluster's token.
	 * @return the result
	 * @throws UnsupportedOperationException if the client has no SQL
	 */
	default Object sqlSelectOne() {
		throw noSql();
	}

	/**
	 * {@code POST <cluster url>/_sql?types}: {@link SqlFixtures#SELECT_MANY}, 1,000 rows.
	 * @return the result
	 * @throws UnsupportedOperationException if the client has no SQL
	 */
	default Object sqlSelectMany() {
		throw noSql();
	}

	/**
	 * {@link SqlFixtures#SELECT_MANY}, each row mapped to a {@link SqlFixtures.Reading}.
	 * @return the readings
	 * @throws UnsupportedOperationException if the client has no SQL
	 */
	default Object sqlSelectManyMapped() {
		throw noSql();
	}

	/**
	 * The same as {@link #sqlSelectManyMapped()}, for the client; the hand-written baseline
	 * maps each row with Jackson's {@code convertValue} from a map of the columns' names to the
	 * row's values, as the client itself does, instead of by hand.
	 * @return the readings
	 * @throws UnsupportedOperationException if the client has no SQL
	 */
	default Object sqlSelectManyConverted() {
		return sqlSelectManyMapped();
	}

	private UnsupportedOperationException noSql() {
		return new UnsupportedOperationException(getClass().getSimpleName() + " has no SQL over a cluster's endpoint");
	}

}
