package io.cratecloud.client.estate;

import java.util.List;

/**
 * A declared estate that cannot be planned: duplicate names, a malformed CIDR, a product,
 * region or size CrateDB Cloud does not offer, a password reference that is missing or
 * names nothing. Thrown before any change is sent; every problem names its property path.
 */
public class EstateValidationException extends IllegalArgumentException {

	private final List<EstateProblem> problems;

	/**
	 * Create a new instance.
	 * @param problems what is wrong, at least one
	 */
	public EstateValidationException(List<EstateProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Everything that is wrong, in the order of the declaration.
	 * @return the problems
	 */
	public List<EstateProblem> getProblems() {
		return this.problems;
	}

	private static String describe(List<EstateProblem> problems) {
		StringBuilder message = new StringBuilder("The declared estate is not valid (")
			.append(problems.size())
			.append((problems.size() == 1) ? " problem):" : " problems):");
		for (EstateProblem problem : problems) {
			message.append(System.lineSeparator()).append("  - ").append(problem);
		}
		return message.toString();
	}

}
