/**
 * The CrateDB Cloud API client: {@link io.cratecloud.client.CrateCloudClient}, its exceptions,
 * argument checks and polling.
 */
@NullMarked
package io.cratecloud.client;

import org.jspecify.annotations.NullMarked;
