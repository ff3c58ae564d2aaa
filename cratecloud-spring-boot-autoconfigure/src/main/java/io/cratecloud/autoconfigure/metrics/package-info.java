/**
 * Auto-configuration of the gauges of the watched CrateDB Cloud clusters.
 */
@NullMarked
package io.cratecloud.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
