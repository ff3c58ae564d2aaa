package io.cratecloud.client.estate;

import java.time.Duration;

import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.PendingOperation;

/**
 * Plans and applies a declared {@link Estate}, with the client's resource clients and their
 * handles: {@code client.estate()}.
 */
public interface EstateClient {

	/** How many clusters an apply changes at once unless set. */
	int DEFAULT_CONCURRENCY = 4;

	/** How long an apply may start and await changes unless set. */
	Duration DEFAULT_APPLY_TIMEOUT = Duration.ofHours(1);

	/**
	 * Compare the estate with what the organization has. Sends only reads, the same number
	 * whatever the number of clusters: {@code GET /api/v2/organizations/{organization_id}/projects/},
	 * {@code GET /api/v2/organizations/{organization_id}/clusters/}, {@code GET /api/v2/products/}, and
	 * when needed {@code GET /api/v2/organizations/{organization_id}/regions/} (a region is
	 * declared) and {@code GET /api/v2/organizations/{organization_id}/subscriptions/} (a
	 * cluster is to be created and no subscription is declared).
	 * @param estate the declared estate
	 * @return the plan
	 * @throws EstateValidationException if the declaration names a product, size or region the
	 * service does not offer, or a cluster to create lacks its version (the passwords of
	 * clusters to create are checked by {@link #apply(Estate)} only)
	 */
	EstatePlan plan(Estate estate);

	/**
	 * Plan the estate, then make the changes in the background: new projects first, then
	 * each cluster's changes one after the other (the service runs one operation per cluster
	 * at a time), {@link #withConcurrency(int) several clusters} at once. An operation that
	 * already runs on a cluster (from a crashed or timed-out apply) is joined, never sent
	 * again, and the cluster compared again once it has ended. A failed change stops that
	 * cluster's later changes. Applying an estate that matches sends no write request.
	 * <p>
	 * The handle's {@code await} reports progress per change and returns the report; it
	 * throws {@link EstateApplyException} (with the report) when a change failed. An apply
	 * is resumed by applying the estate again: its {@link PendingOperation#token() token}
	 * names the organization but cannot be followed, and its
	 * {@link PendingOperation#clusterId() clusterId} is the organization's id.
	 * @param estate the declared estate
	 * @return the apply, of kind {@link io.cratecloud.client.OperationKind#ESTATE}
	 * @throws EstateValidationException as {@link #plan(Estate)}, and if the reference of a
	 * cluster to create holds no password of 24 to 128 characters, before any change is sent
	 */
	PendingOperation<EstateReport> apply(Estate estate);

	/**
	 * An estate client that changes up to this many clusters at once.
	 * @param clusters how many clusters at once, at least 1
	 * @return the client
	 */
	EstateClient withConcurrency(int clusters);

	/**
	 * An estate client whose applies start no change and stop waiting after this long; a
	 * change still running then goes on server-side and is joined by the next apply.
	 * @param timeout the time an apply may take
	 * @return the client
	 */
	EstateClient withApplyTimeout(Duration timeout);

	/**
	 * The estate client of a CrateDB Cloud client, as {@link CrateCloudClient#estate()}
	 * returns it.
	 * @param client the client whose resource clients it uses
	 * @return the estate client
	 */
	static EstateClient of(CrateCloudClient client) {
		return new DefaultEstateClient(client, DEFAULT_CONCURRENCY, DEFAULT_APPLY_TIMEOUT);
	}

}
