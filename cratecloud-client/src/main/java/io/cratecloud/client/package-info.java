/**
 * The CrateDB Cloud API client: {@link io.cratecloud.client.CrateCloudClient}, its
 * credentials and retry settings, the {@link io.cratecloud.client.PendingOperation handle} of
 * background work, and the exceptions every call may throw. The resource clients and their
 * models are in the sub-packages by feature; {@code io.cratecloud.client.internal} is not
 * API.
 */
@NullMarked
package io.cratecloud.client;

import org.jspecify.annotations.NullMarked;
