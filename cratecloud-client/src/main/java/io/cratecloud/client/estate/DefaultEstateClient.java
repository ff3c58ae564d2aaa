package io.cratecloud.client.estate;

import java.time.Duration;

import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudClient;
import io.cratecloud.client.PendingOperation;

/**
 * The {@link EstateClient} built on a client's resource clients.
 */
final class DefaultEstateClient implements EstateClient {

	private final CrateCloudClient client;

	private final int concurrency;

	private final Duration applyTimeout;

	DefaultEstateClient(CrateCloudClient client, int concurrency, Duration applyTimeout) {
		this.client = client;
		this.concurrency = concurrency;
		this.applyTimeout = applyTimeout;
	}

	@Override
	public EstatePlan plan(Estate estate) {
		Arguments.required(estate, "estate");
		return new EstatePlanner(this.client).plan(estate).plan();
	}

	@Override
	public PendingOperation<EstateReport> apply(Estate estate) {
		Arguments.required(estate, "estate");
		EstatePlanner planner = new EstatePlanner(this.client);
		return EstateApply.start(this.client, planner.plan(estate, true), this.concurrency, this.applyTimeout);
	}

	@Override
	public EstateClient withConcurrency(int clusters) {
		return new DefaultEstateClient(this.client, (int) Arguments.between(clusters, "clusters", 1, 64),
				this.applyTimeout);
	}

	@Override
	public EstateClient withApplyTimeout(Duration timeout) {
		return new DefaultEstateClient(this.client, this.concurrency, Arguments.positive(timeout, "timeout"));
	}

}
