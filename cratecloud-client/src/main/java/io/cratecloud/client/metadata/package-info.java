/**
 * Metadata of CrateDB Cloud: versions, the caller's IP address, keys for JWTs.
 */
@NullMarked
package io.cratecloud.client.metadata;

import org.jspecify.annotations.NullMarked;
