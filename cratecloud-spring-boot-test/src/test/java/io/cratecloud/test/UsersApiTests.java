package io.cratecloud.test;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cratecloud.client.CrateCloudNotFoundException;
import io.cratecloud.client.CrateCloudPermissionException;
import io.cratecloud.client.CrateCloudValidationException;
import io.cratecloud.client.auditlogs.AuditEvent;
import io.cratecloud.client.auditlogs.AuditLogQuery;
import io.cratecloud.client.users.CurrentUser;
import io.cratecloud.client.users.EmailChange;
import io.cratecloud.client.users.OrganizationRole;
import io.cratecloud.client.users.ProjectRole;
import io.cratecloud.client.users.RoleFqn;
import io.cratecloud.client.users.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UsersApiTests extends FakeApiTests {

	private static final Pattern CONFIRMATION_TOKEN = Pattern.compile("the confirmation token is (\\S+)\\)");

	UsersApiTests() {
		super(FakeCrateCloud.builder().userEmail("ada.lovelace@example.com").start());
		// Sent off the document on purpose: read-only fields, an address that is none and
		// a missing token.
		invalidOnPurpose((exchange) -> exchange.requestBody().contains("is_superuser")
				|| exchange.requestBody().contains("not-an-address") || exchange.requestBody().equals("{}"));
	}

	@Test
	void theCurrentUserHasTheRolesOfTheirMemberships() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		SeededProject analytics = acme.project("analytics");
		SeededOrganization other = this.fake.seed().organization("Other");

		CurrentUser me = this.client.users().me();

		assertThat(me.email()).isEqualTo("ada.lovelace@example.com");
		assertThat(me.isSuperuser()).isFalse();
		assertThat(me.organizationRoles()).containsExactlyInAnyOrder(new OrganizationRole(acme.id(), RoleFqn.ORG_ADMIN),
				new OrganizationRole(other.id(), RoleFqn.ORG_ADMIN));
		assertThat(me.projectRoles()).containsExactly(new ProjectRole(analytics.id(), RoleFqn.PROJECT_ADMIN));

		this.client.users().memberships().removeFromProject(analytics.id(), me.uid());
		assertThat(this.client.users().me().projectRoles()).isEmpty();
	}

	@Test
	void theUsersListHoldsTheUsersSharingAnOrganization() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		String grace = this.fake.seed().user("grace@example.com");
		String stranger = this.fake.seed().user("stranger@example.com");
		this.client.users().memberships().addToOrganization(acme.id(), "grace@example.com", RoleFqn.ORG_MEMBER);

		assertThat(this.client.users().list()).extracting(User::email)
			.containsExactlyInAnyOrder("ada.lovelace@example.com", "grace@example.com");
		assertThat(this.client.users().list()).filteredOn((user) -> grace.equals(user.uid()))
			.singleElement()
			.satisfies((user) -> assertThat(user.organizationRoles())
				.containsExactly(new OrganizationRole(acme.id(), RoleFqn.ORG_MEMBER)));

		this.fake.seed().superuser();
		assertThat(this.client.users().list()).extracting(User::uid).contains(stranger);
	}

	@Test
	void onlySuperusersDeleteUsers() {
		SeededOrganization acme = this.fake.seed().organization("Acme");
		String grace = this.fake.seed().user("grace@example.com");
		this.client.users().memberships().addToOrganization(acme.id(), grace, RoleFqn.ORG_MEMBER);
		assertThatExceptionOfType(CrateCloudPermissionException.class)
			.isThrownBy(() -> this.client.users().delete(grace));

		this.fake.seed().superuser();
		String me = this.client.users().me().uid();
		assertThatExceptionOfType(CrateCloudPermissionException.class).isThrownBy(() -> this.client.users().delete(me));
		this.client.users().delete(grace);

		assertThat(this.client.users().memberships().listOrganizationUsers(acme.id())).extracting((user) -> user.uid())
			.containsExactly(me);
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all().withAction("user.delete")))
			.extracting(AuditEvent::context)
			.singleElement()
			.satisfies((context) -> assertThat(context).containsEntry("user_id", grace));
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().delete(grace));
	}

	@Test
	void anEmailChangeTakesEffectOnceConfirmed() {
		SeededOrganization acme = this.fake.seed().organization("Acme");

		EmailChange change = this.client.users().updateEmail("ada@example.org");

		assertThat(change.confirmationPending()).isTrue();
		assertThat(change.status()).isEqualTo("pending");
		assertThat(this.client.users().me().email()).isEqualTo("ada.lovelace@example.com");
		Matcher token = CONFIRMATION_TOKEN.matcher(change.message());
		assertThat(token.find()).as("token in %s", change.message()).isTrue();

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().confirmEmail("not-the-token"))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("token"));
		CurrentUser confirmed = this.client.users().confirmEmail(token.group(1));

		assertThat(confirmed.email()).isEqualTo("ada@example.org");
		assertThat(this.client.users().me().email()).isEqualTo("ada@example.org");
		assertThat(this.client.users().list()).extracting(User::email).containsExactly("ada@example.org");
		assertThat(this.client.auditLogs().list(acme.id(), AuditLogQuery.all()))
			.extracting(AuditEvent::action)
			.containsExactly("user.email_update");
		// A token confirms once.
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().confirmEmail(token.group(1)));
	}

	@Test
	void onlyTheLatestEmailChangeCanBeConfirmed() {
		String first = token(this.client.users().updateEmail("first@example.org"));
		String second = token(this.client.users().updateEmail("second@example.org"));

		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().confirmEmail(first));
		assertThat(this.client.users().confirmEmail(second).email()).isEqualTo("second@example.org");
	}

	@Test
	void theSameAddressChangesNothingAndAnswers200() {
		EmailChange change = this.client.users().updateEmail("ada.lovelace@example.com");

		assertThat(change.confirmationPending()).isFalse();
		assertThat(change.user().email()).isEqualTo("ada.lovelace@example.com");
		assertThat(this.fake.requests()).filteredOn((exchange) -> "PATCH".equals(exchange.method()))
			.singleElement()
			.extracting(RecordedExchange::status)
			.isEqualTo(200);
	}

	@Test
	void anAddressInUseOrNoAddressIsABadRequest() {
		this.fake.seed().user("grace@example.com");
		assertThatExceptionOfType(CrateCloudValidationException.class)
			.isThrownBy(() -> this.client.users().updateEmail("GRACE@example.com"))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("email"));

		HttpResponse<String> response = new FakeHttp(this.fake).send("PATCH", "/api/v2/users/me/",
				"{\"email\": \"not-an-address\", \"is_superuser\": true}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"email\":[\"Not a valid email address.\"]")
			.contains("\"is_superuser\":[\"Unknown field.\"]");
		assertThat(this.client.users().me().isSuperuser()).isFalse();
	}

	@Test
	void aConfirmationWithoutTokenIsABadRequest() {
		HttpResponse<String> response = new FakeHttp(this.fake).send("PUT", "/api/v2/users/me/confirm-email/", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"token\":[\"Missing data for required field.\"]");
	}

	@Test
	void deletingAnUnknownUserIsNotFound() {
		assertThatExceptionOfType(CrateCloudNotFoundException.class)
			.isThrownBy(() -> this.client.users().delete("00000000-0000-4000-8000-000000000000"));
	}

	private static String token(EmailChange change) {
		Matcher token = CONFIRMATION_TOKEN.matcher(change.message());
		assertThat(token.find()).as("token in %s", change.message()).isTrue();
		return token.group(1);
	}

}
