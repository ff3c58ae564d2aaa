package io.cratecloud.client.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The fully qualified name of a role, such as {@code org_admin}. The constants name the
 * roles the API documents; any other value the service sends is kept as it is.
 *
 * @param value the role's name as the API writes it
 */
public record RoleFqn(@JsonValue String value) {

	/** Administrator of an organization. */
	public static final RoleFqn ORG_ADMIN = new RoleFqn("org_admin");

	/** Member of an organization. */
	public static final RoleFqn ORG_MEMBER = new RoleFqn("org_member");

	/** Administrator of a project. */
	public static final RoleFqn PROJECT_ADMIN = new RoleFqn("project_admin");

	/** Member of a project. */
	public static final RoleFqn PROJECT_MEMBER = new RoleFqn("project_member");

	/**
	 * Create a role name.
	 * @param value the role's name as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public RoleFqn {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
