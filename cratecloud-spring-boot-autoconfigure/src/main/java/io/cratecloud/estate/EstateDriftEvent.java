package io.cratecloud.estate;

import io.cratecloud.client.estate.EstatePlan;

import org.springframework.context.ApplicationEvent;

/**
 * Published by the {@link EstateDriftCheck drift check} when a new plan of the declared estate
 * is not empty: CrateDB Cloud no longer matches the declaration (a cluster was changed by hand,
 * a change the API cannot make is blocked, or the estate was never applied). The plan holds no
 * secret.
 */
public class EstateDriftEvent extends ApplicationEvent {

	private final EstatePlan plan;

	/**
	 * Create a new event.
	 * @param source the declared estate that was checked
	 * @param plan the plan that found the drift
	 */
	public EstateDriftEvent(DeclaredEstate source, EstatePlan plan) {
		super(source);
		this.plan = plan;
	}

	/**
	 * What it would take to make CrateDB Cloud match the declaration again.
	 * @return the plan, never empty
	 */
	public EstatePlan getPlan() {
		return this.plan;
	}

	/**
	 * The declared estate that was checked.
	 * @return the declared estate
	 */
	public DeclaredEstate getDeclaredEstate() {
		return (DeclaredEstate) getSource();
	}

	@Override
	public String toString() {
		return "EstateDriftEvent[" + this.plan.summary() + "]";
	}

}
