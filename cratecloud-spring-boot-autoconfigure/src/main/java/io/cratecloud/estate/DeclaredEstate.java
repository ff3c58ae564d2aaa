package io.cratecloud.estate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.cratecloud.client.estate.Estate;
import io.cratecloud.client.estate.EstateClient;
import io.cratecloud.client.estate.EstatePlan;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An application's declared {@link Estate} with the client that plans it, and the latest plan:
 * the one the start-up step, the drift check or the endpoint made last. The gauges read the
 * latest plan only, so that a scrape sends no request.
 */
public class DeclaredEstate {

	private final Estate estate;

	private final EstateClient client;

	private final Duration freshFor;

	private final Clock clock;

	private final AtomicReference<@Nullable PlanAt> latest = new AtomicReference<>();

	/**
	 * Create a declared estate.
	 * @param estate the estate
	 * @param client the client that plans it
	 * @param freshFor how long a plan is served by {@link #current()} before it plans again;
	 * zero plans every time
	 */
	public DeclaredEstate(Estate estate, EstateClient client, Duration freshFor) {
		this(estate, client, freshFor, Clock.systemUTC());
	}

	DeclaredEstate(Estate estate, EstateClient client, Duration freshFor, Clock clock) {
		Assert.isTrue(!freshFor.isNegative(), "freshFor must not be negative");
		this.estate = estate;
		this.client = client;
		this.freshFor = freshFor;
		this.clock = clock;
	}

	/**
	 * The declared estate.
	 * @return the estate
	 */
	public Estate estate() {
		return this.estate;
	}

	/**
	 * The client that plans and applies the estate.
	 * @return the client
	 */
	public EstateClient client() {
		return this.client;
	}

	/**
	 * Plan the estate now (reads only) and keep the plan as the latest.
	 * @return the plan
	 * @throws io.cratecloud.client.estate.EstateValidationException if the declaration names
	 * what the service does not offer
	 */
	public PlanAt plan() {
		return remember(this.client.plan(this.estate));
	}

	/**
	 * The latest plan if it is younger than the freshness this estate was created with, else
	 * a new one.
	 * @return the plan
	 */
	public PlanAt current() {
		PlanAt kept = this.latest.get();
		if (kept != null && !this.freshFor.isZero()
				&& !this.clock.instant().isAfter(kept.plannedAt().plus(this.freshFor))) {
			return kept;
		}
		return plan();
	}

	/**
	 * The latest plan, without asking the service.
	 * @return the plan, or {@code null} if the estate was not planned yet
	 */
	public @Nullable PlanAt latest() {
		return this.latest.get();
	}

	/**
	 * Keep a plan made elsewhere, such as what is left after an apply, as the latest.
	 * @param plan the plan
	 * @return the plan with the time it is kept at
	 */
	public PlanAt remember(EstatePlan plan) {
		PlanAt kept = new PlanAt(plan, this.clock.instant());
		this.latest.set(kept);
		return kept;
	}

	@Override
	public String toString() {
		return "DeclaredEstate[" + this.estate + "]";
	}

	/**
	 * A plan and when it was made.
	 *
	 * @param plan the plan
	 * @param plannedAt when it was made
	 */
	public record PlanAt(EstatePlan plan, Instant plannedAt) {
	}

}
