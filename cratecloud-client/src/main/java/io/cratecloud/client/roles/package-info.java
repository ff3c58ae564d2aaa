/**
 * Roles that can be assigned to users.
 */
@NullMarked
package io.cratecloud.client.roles;

import org.jspecify.annotations.NullMarked;
