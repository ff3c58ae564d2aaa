/**
 * Projects, which group clusters within an organization.
 */
@NullMarked
package io.cratecloud.client.projects;

import org.jspecify.annotations.NullMarked;
