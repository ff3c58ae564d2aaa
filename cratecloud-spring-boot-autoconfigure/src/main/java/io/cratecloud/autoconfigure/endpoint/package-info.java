/**
 * Auto-configuration of the CrateDB Cloud actuator endpoint, and of what the actuator hides.
 */
@NullMarked
package io.cratecloud.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
