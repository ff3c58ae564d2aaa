package io.cratecloud.client.internal;

/**
 * The body that assigns a subscription to an organization.
 *
 * @param organizationId the organization's id
 */
record OrganizationAssignment(String organizationId) {
}
