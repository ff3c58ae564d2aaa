package io.cratecloud.client.estate;

import java.util.List;

/**
 * What an apply did: the plan it carried out and, for every change of it (and any found
 * when a joined operation had ended), what became of it.
 *
 * @param plan the plan the apply started from
 * @param outcomes every change's outcome, in the plan's order per resource
 */
public record EstateReport(EstatePlan plan, List<ChangeOutcome> outcomes) {

	public EstateReport {
		outcomes = List.copyOf(outcomes);
	}

	/**
	 * Whether no change failed or was skipped.
	 * @return whether the apply succeeded
	 */
	public boolean isSuccess() {
		return this.outcomes.stream()
			.noneMatch((outcome) -> outcome.status() == ChangeStatus.FAILED || outcome.status() == ChangeStatus.SKIPPED);
	}

	/**
	 * The outcomes with one status.
	 * @param status the status
	 * @return those outcomes
	 */
	public List<ChangeOutcome> withStatus(ChangeStatus status) {
		return this.outcomes.stream().filter((outcome) -> outcome.status() == status).toList();
	}

	/**
	 * The report for people: one line per change, then a count per status.
	 * @return the report as text, lines separated by {@code \n}
	 */
	public String render() {
		StringBuilder text = new StringBuilder();
		for (ChangeOutcome outcome : this.outcomes) {
			text.append(outcome.describe()).append('\n');
		}
		text.append("Apply: ");
		boolean first = true;
		for (ChangeStatus status : ChangeStatus.values()) {
			int count = withStatus(status).size();
			if (count > 0) {
				text.append(first ? "" : ", ").append(count).append(' ').append(status.name().toLowerCase());
				first = false;
			}
		}
		return text.append(first ? "nothing to do." : ".").toString();
	}

	@Override
	public String toString() {
		return render();
	}

}
