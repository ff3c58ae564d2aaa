/**
 * Ahead-of-time hints for the client: what its JSON mapping reflects on in a native image.
 */
@NullMarked
package io.cratecloud.client.aot;

import org.jspecify.annotations.NullMarked;
