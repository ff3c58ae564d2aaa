/**
 * Auto-configuration of the CrateDB Cloud health contributor.
 */
@NullMarked
package io.cratecloud.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
