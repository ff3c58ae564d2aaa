package io.cratecloud.metrics;

import java.util.function.ToIntFunction;

import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.estate.DeclaredEstate;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges of the declared estate, from its latest plan (made at start-up, by the drift check or
 * by the endpoint), so that a scrape sends no request: {@code cratecloud.estate.changes.pending}
 * (the changes an apply would make) and {@code cratecloud.estate.changes.blocked} (those the
 * API cannot make), each tagged with the organization's id. Both are NaN until the estate is
 * first planned.
 */
public class CrateCloudEstateMetrics implements MeterBinder {

	private final DeclaredEstate estate;

	/**
	 * Create the gauges' binder.
	 * @param estate the declared estate
	 */
	public CrateCloudEstateMetrics(DeclaredEstate estate) {
		this.estate = estate;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		String organization = this.estate.estate().organizationId();
		Gauge.builder("cratecloud.estate.changes.pending", this.estate, (declared) -> count(declared, (plan) -> plan.pending().size()))
			.description("Changes the latest plan of the declared CrateDB Cloud estate would make")
			.tag("organization", organization)
			.register(registry);
		Gauge.builder("cratecloud.estate.changes.blocked", this.estate, (declared) -> count(declared, (plan) -> plan.blocked().size()))
			.description("Changes of the latest plan of the declared CrateDB Cloud estate that the API cannot make")
			.tag("organization", organization)
			.register(registry);
	}

	private static double count(DeclaredEstate estate, ToIntFunction<EstatePlan> changes) {
		DeclaredEstate.PlanAt latest = estate.latest();
		return (latest != null) ? changes.applyAsInt(latest.plan()) : Double.NaN;
	}

}
