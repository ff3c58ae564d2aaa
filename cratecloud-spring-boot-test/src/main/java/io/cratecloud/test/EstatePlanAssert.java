package io.cratecloud.test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.cratecloud.client.estate.ChangeKind;
import io.cratecloud.client.estate.EstatePlan;
import io.cratecloud.client.estate.PlannedChange;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link EstatePlan}: whether the estate it was planned for has
 * drifted from its declaration, and how. Every failure shows the plan as
 * {@link EstatePlan#render()} renders it, one line per change, which never holds a password.
 * Get one from {@link CrateCloudAssertions#assertThat(EstatePlan)} or
 * {@link EstateAssert#planOn(io.cratecloud.client.CrateCloudClient)}.
 */
public class EstatePlanAssert extends AbstractAssert<EstatePlanAssert, EstatePlan> {

	/**
	 * Create assertions on a plan.
	 * @param actual the plan
	 */
	public EstatePlanAssert(EstatePlan actual) {
		super(actual, EstatePlanAssert.class);
	}

	/**
	 * Verify that the plan has no change, blocked ones included: what exists matches the
	 * declaration. Unmanaged resources are no drift.
	 * @return this assertion
	 */
	public EstatePlanAssert hasNoDrift() {
		isNotNull();
		if (!this.actual.isEmpty()) {
			failWithMessage("%nExpected the estate of organization %s to match its declaration, but the plan has %s "
					+ "change(s):%n%s", this.actual.organizationId(), this.actual.changes().size(), indented());
		}
		return this;
	}

	/**
	 * Verify that the plan has at least one change: what exists differs from the declaration.
	 * @return this assertion
	 */
	public EstatePlanAssert hasDrift() {
		isNotNull();
		if (this.actual.isEmpty()) {
			failWithMessage("%nExpected the estate of organization %s to differ from its declaration, but the plan has "
					+ "no change:%n%s", this.actual.organizationId(), indented());
		}
		return this;
	}

	/**
	 * Verify that the plan has changes of exactly these kinds, blocked ones included: at
	 * least one of each kind given and none of another kind.
	 * @param kinds the kinds of change expected
	 * @return this assertion
	 * @throws IllegalArgumentException if no kind is given
	 */
	public EstatePlanAssert hasOnlyDrift(ChangeKind... kinds) {
		if (kinds.length == 0) {
			throw new IllegalArgumentException("Name at least one kind of change; hasNoDrift() expects none");
		}
		isNotNull();
		Set<ChangeKind> expected = EnumSet.copyOf(Arrays.asList(kinds));
		Set<ChangeKind> actualKinds = this.actual.changes()
			.stream()
			.map(PlannedChange::kind)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ChangeKind.class)));
		if (!actualKinds.equals(expected)) {
			failWithMessage("%nExpected the estate of organization %s to differ from its declaration by changes of the "
					+ "kinds %s only, but the plan's changes are of the kinds %s:%n%s", this.actual.organizationId(),
					expected, actualKinds, indented());
		}
		return this;
	}

	/**
	 * Verify that no change of the plan is blocked: the API can make every change.
	 * @return this assertion
	 */
	public EstatePlanAssert hasNoBlockedChanges() {
		isNotNull();
		if (!this.actual.blocked().isEmpty()) {
			failWithMessage("%nExpected every change of the estate of organization %s to be possible, but %s are "
					+ "blocked; the plan:%n%s", this.actual.organizationId(), this.actual.blocked().size(), indented());
		}
		return this;
	}

	/**
	 * The rendered plan, each line indented so that it stands apart from the message.
	 */
	private String indented() {
		return this.actual.render().lines().map((line) -> "    " + line).collect(Collectors.joining(System.lineSeparator()));
	}

}
