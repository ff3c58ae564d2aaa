/**
 * Observations of the client's waits and retries, with their conventions.
 */
@NullMarked
package io.cratecloud.client.observation;

import org.jspecify.annotations.NullMarked;
