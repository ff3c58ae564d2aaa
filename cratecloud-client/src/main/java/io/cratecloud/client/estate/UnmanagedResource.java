package io.cratecloud.client.estate;

/**
 * A project or cluster that exists in the organization but is not declared: a plan lists
 * it and never touches it.
 *
 * @param type {@code project} or {@code cluster}
 * @param name the project's name, or the cluster's as {@code <project>/<name>}
 * @param id the resource's id
 */
public record UnmanagedResource(String type, String name, String id) {

	/**
	 * The resource as one line of a plan.
	 * @return the line, without a line break
	 */
	public String describe() {
		return "  unmanaged " + this.type + " " + this.name + " (" + this.id + ")";
	}

}
