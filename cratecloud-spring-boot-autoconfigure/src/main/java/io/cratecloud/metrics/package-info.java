/**
 * Micrometer gauges of the watched CrateDB Cloud clusters.
 */
@NullMarked
package io.cratecloud.metrics;

import org.jspecify.annotations.NullMarked;
