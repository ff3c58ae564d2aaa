/**
 * Users, the current user, API keys and memberships.
 */
@NullMarked
package io.cratecloud.client.users;

import org.jspecify.annotations.NullMarked;
