package io.cratecloud.client.organizations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * The status of an organization invitation, such as {@code PENDING}. The constants name the
 * statuses the API documents; any other value the service sends is kept as it is.
 *
 * @param value the status as the API writes it
 */
public record InvitationStatus(@JsonValue String value) {

	/** Not accepted yet; it may have expired. */
	public static final InvitationStatus PENDING = new InvitationStatus("PENDING");

	/** Accepted by the invited user. */
	public static final InvitationStatus ACCEPTED = new InvitationStatus("ACCEPTED");

	/**
	 * Create an invitation status.
	 * @param value the status as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public InvitationStatus {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
