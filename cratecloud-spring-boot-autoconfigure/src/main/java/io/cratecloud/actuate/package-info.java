/**
 * The {@code cratecloud} actuator endpoint: a read-only view of the CrateDB Cloud estate.
 */
@NullMarked
package io.cratecloud.actuate;

import org.jspecify.annotations.NullMarked;
