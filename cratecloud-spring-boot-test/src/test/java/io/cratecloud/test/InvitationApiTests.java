package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.organizations.InvitationQuery;
import io.cratecloud.client.organizations.InvitationStatus;
import io.cratecloud.client.organizations.OrganizationInvitation;
import io.cratecloud.client.users.OrganizationMembership;
import io.cratecloud.client.users.OrganizationRole;
import io.cratecloud.client.users.RoleFqn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InvitationApiTests extends FakeApiTests {

	private static final Instant START = Instant.parse("2026-07-10T10:00:00Z");

	InvitationApiTests() {
		super(FakeCrateCloud.builder().manualClock(START).start());
		// A request without its token is off the document on purpose.
		invalidOnPurpose((exchange) -> exchange.requestBody().equals("{}"));
	}

	@Test
	void anAddressNobodyHasIsInvitedForAWeek() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		OrganizationMembership invited = this.client.users().memberships().addToOrganization(acme.id(), "new.colleague@example.com",
				RoleFqn.ORG_MEMBER);

		assertThat(invited.invited()).isTrue();
		assertThat(invited.added()).isFalse();
		assertThat(invited.userId()).isNull();
		assertThat(this.fake.requests()).filteredOn((exchange) -> "POST".equals(exchange.method()))
			.singleElement()
			.extracting(RecordedExchange::status)
			.isEqualTo(200);
		assertThat(this.client.organizations().invitations().list(acme.id())).singleElement().satisfies((invitation) -> {
			assertThat(invitation.uid()).isNotBlank();
			assertThat(invitation.email()).isEqualTo("new.colleague@example.com");
			assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
			assertThat(invitation.expirationDate()).isEqualTo(START.plus(Duration.ofDays(7)));
			assertThat(invitation.organizationRoles())
				.containsExactly(new OrganizationRole(acme.id(), RoleFqn.ORG_MEMBER));
		});
		assertThat(this.client.users().memberships().listOrganizationUsers(acme.id())).hasSize(1);
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()))
			.extracting(AuditEvent::action)
			.containsExactly("user.invite");
	}

	@Test
	void invitingAgainChangesThePendingInvitationsRole() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		this.client.users().memberships().addToOrganization(acme.id(), "new.colleague@example.com", RoleFqn.ORG_MEMBER);

		this.client.users().memberships().addToOrganization(acme.id(), "New.Colleague@example.com", RoleFqn.ORG_ADMIN);

		assertThat(this.client.organizations().invitations().list(acme.id())).singleElement()
			.extracting(OrganizationInvitation::organizationRoles)
			.isEqualTo(List.of(new OrganizationRole(acme.id(), RoleFqn.ORG_ADMIN)));
	}

	@Test
	void anInvitationIsRevoked() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		this.client.users().memberships().addToOrganization(acme.id(), "new.colleague@example.com", RoleFqn.ORG_MEMBER);
		String token = this.client.organizations().invitations().list(acme.id()).get(0).uid();

		this.client.organizations().invitations().delete(acme.id(), token);

		assertThat(this.client.organizations().invitations().list(acme.id())).isEmpty();
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().invitations().delete(acme.id(), token));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().acceptInvite(token));
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()))
			.extracting(AuditEvent::action)
			.containsExactly("invitation.delete", "user.invite");
	}

	@Test
	void acceptingMakesTheCurrentUserAMember() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		String me = this.client.users().me().uid();
		String grace = this.fake.seed().user("grace@example.com");
		this.client.users().memberships().addToOrganization(acme.id(), grace, RoleFqn.ORG_ADMIN);
		this.client.users().memberships().removeFromOrganization(acme.id(), me);
		this.client.users().memberships().addToOrganization(acme.id(), "my.other.address@example.com", RoleFqn.ORG_MEMBER);
		String token = this.client.organizations().invitations().list(acme.id()).get(0).uid();

		OrganizationMembership accepted = this.client.users().acceptInvite(token);

		assertThat(accepted).isEqualTo(new OrganizationMembership(acme.id(), me, RoleFqn.ORG_MEMBER, true, false));
		assertThat(this.fake.requests()).filteredOn((exchange) -> exchange.path().endsWith("/accept-invite/"))
			.singleElement()
			.extracting(RecordedExchange::status)
			.isEqualTo(201);
		assertThat(this.client.users().me().organizationRoles())
			.containsExactly(new OrganizationRole(acme.id(), RoleFqn.ORG_MEMBER));
		assertThat(invitations(acme.id(), InvitationStatus.ACCEPTED))
			.extracting(OrganizationInvitation::uid)
			.containsExactly(token);
		assertThat(invitations(acme.id(), InvitationStatus.PENDING)).isEmpty();
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()).subList(0, 2))
			.extracting(AuditEvent::action)
			.containsExactly("user.add", "invitation.accept");
		// Accepted once, the token is spent.
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().acceptInvite(token))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("token"));
	}

	@Test
	void acceptingAsAMemberChangesTheRole() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		String grace = this.fake.seed().user("grace@example.com");
		this.client.users().memberships().addToOrganization(acme.id(), grace, RoleFqn.ORG_ADMIN);
		this.client.users().memberships().addToOrganization(acme.id(), "my.other.address@example.com", RoleFqn.ORG_MEMBER);

		OrganizationMembership accepted = this.client.users()
			.acceptInvite(this.client.organizations().invitations().list(acme.id()).get(0).uid());

		assertThat(accepted.added()).isFalse();
		assertThat(this.client.users().me().organizationRoles())
			.containsExactly(new OrganizationRole(acme.id(), RoleFqn.ORG_MEMBER));
	}

	@Test
	void acceptingCannotTakeAnOrganizationsLastAdmin() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		this.client.users().memberships().addToOrganization(acme.id(), "my.other.address@example.com", RoleFqn.ORG_MEMBER);
		String token = this.client.organizations().invitations().list(acme.id()).get(0).uid();

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().acceptInvite(token));
		assertThat(this.client.users().me().organizationRoles())
			.containsExactly(new OrganizationRole(acme.id(), RoleFqn.ORG_ADMIN));
		assertThat(invitations(acme.id(), InvitationStatus.PENDING)).hasSize(1);
	}

	@Test
	void anExpiredInvitationCannotBeAcceptedButIsStillPending() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		this.client.users().memberships().addToOrganization(acme.id(), "my.other.address@example.com", RoleFqn.ORG_ADMIN);
		String token = this.client.organizations().invitations().list(acme.id()).get(0).uid();

		this.fake.advance(Duration.ofDays(7));

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().acceptInvite(token));
		assertThat(invitations(acme.id(), InvitationStatus.PENDING)).hasSize(1);
	}

	@Test
	void unknownOrganizationsAndTokensAreNotFoundOrRefused() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		String unknown = "00000000-0000-4000-8000-000000000000";

		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().invitations().list(unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().invitations().delete(unknown, unknown));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.organizations().invitations().delete(acme.id(), unknown));
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().acceptInvite(unknown));
		HttpResponse<String> response = new FakeHttp(this.fake).send("POST", "/api/v2/users/me/accept-invite/", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"token\":[\"Missing data for required field.\"]");
	}

	private List<OrganizationInvitation> invitations(String organizationId, InvitationStatus status) {
		return this.client.organizations().invitations().list(organizationId, InvitationQuery.all().withStatus(status));
	}

}
