package io.cratecloud.client.subscriptions;

/**
 * The body that assigns a subscription to an organization.
 *
 * @param organizationId the organization's id
 */
record OrganizationAssignment(String organizationId) {
}
