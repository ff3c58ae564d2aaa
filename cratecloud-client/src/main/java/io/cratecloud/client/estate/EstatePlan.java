package io.cratecloud.client.estate;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What it would take to make an organization's estate match its declaration: the changes
 * in the order they would be made (each cluster's in {@link ChangeKind} order), those the
 * API cannot make ({@linkplain PlannedChange#isBlocked() blocked}), and what exists but is
 * not declared ({@linkplain #unmanaged() unmanaged}). Planning changes nothing.
 *
 * @param organizationId the organization planned
 * @param changes the changes, blocked ones included
 * @param unmanaged the projects and clusters that exist but are not declared
 */
public record EstatePlan(String organizationId, List<PlannedChange> changes, List<UnmanagedResource> unmanaged) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public EstatePlan {
		changes = List.copyOf(changes);
		unmanaged = List.copyOf(unmanaged);
	}

	/**
	 * Whether the estate matches its declaration: nothing to change, nothing blocked.
	 * @return whether the plan has no change
	 */
	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	/**
	 * The changes an apply would make.
	 * @return the changes that are not blocked
	 */
	public List<PlannedChange> pending() {
		return this.changes.stream().filter((change) -> !change.isBlocked()).toList();
	}

	/**
	 * The changes the API cannot make.
	 * @return the blocked changes
	 */
	public List<PlannedChange> blocked() {
		return this.changes.stream().filter(PlannedChange::isBlocked).toList();
	}

	/**
	 * The plan for people, one line per change, as a Terraform plan shows it: {@code +}
	 * creates, {@code ~} changes, {@code !} cannot be made; then the unmanaged resources and
	 * a summary.
	 * @return the plan as text, lines separated by {@code \n}
	 */
	public String render() {
		StringBuilder text = new StringBuilder();
		text.append("Estate of organization ").append(this.organizationId).append('\n');
		for (PlannedChange change : this.changes) {
			text.append(change.describe()).append('\n');
		}
		for (UnmanagedResource resource : this.unmanaged) {
			text.append(resource.describe()).append('\n');
		}
		text.append(summary());
		return text.toString();
	}

	/**
	 * One line that counts the plan's changes.
	 * @return the summary, such as {@code Plan: 1 to create, 2 to change, 1 blocked, 3 unmanaged.}
	 */
	public String summary() {
		if (isEmpty()) {
			return "No changes: the estate matches its declaration" + (this.unmanaged.isEmpty() ? "."
					: " (" + this.unmanaged.size() + " unmanaged).");
		}
		long create = this.changes.stream().filter((change) -> !change.isBlocked() && change.kind().isCreation()).count();
		long change = this.changes.stream().filter((c) -> !c.isBlocked() && !c.kind().isCreation()).count();
		return "Plan: " + create + " to create, " + change + " to change, " + blocked().size() + " blocked, "
				+ this.unmanaged.size() + " unmanaged.";
	}

	/**
	 * The plan for tools, as JSON: {@code organization_id}, {@code changes} (each with
	 * {@code action} {@code create}, {@code change} or {@code blocked}, {@code kind},
	 * {@code resource}, {@code project}, {@code cluster}, {@code cluster_id}, {@code before},
	 * {@code after}, {@code reason}, {@code path}, {@code running_operation}), {@code unmanaged} and
	 * {@code summary}.
	 * @return the JSON text
	 */
	public String toJson() {
		ObjectNode root = JSON.createObjectNode();
		root.put("organization_id", this.organizationId);
		ArrayNode changes = root.putArray("changes");
		for (PlannedChange change : this.changes) {
			changes.addObject()
				.put("action", change.isBlocked() ? "blocked" : (change.kind().isCreation() ? "create" : "change"))
				.put("kind", change.kind().name())
				.put("resource", change.resource())
				.put("project", change.project())
				.put("cluster", change.cluster())
				.put("cluster_id", change.clusterId())
				.put("before", change.before())
				.put("after", change.after())
				.put("reason", change.blockedReason())
				.put("path", change.path())
				.put("running_operation", change.runningOperation());
		}
		ArrayNode unmanaged = root.putArray("unmanaged");
		for (UnmanagedResource resource : this.unmanaged) {
			unmanaged.addObject().put("type", resource.type()).put("name", resource.name()).put("id", resource.id());
		}
		root.put("summary", summary());
		return JSON.writeValueAsString(root);
	}

	@Override
	public String toString() {
		return summary();
	}

}
