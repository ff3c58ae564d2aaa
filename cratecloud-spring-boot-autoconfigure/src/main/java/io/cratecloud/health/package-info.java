/**
 * Health indicator for CrateDB Cloud.
 */
@NullMarked
package io.cratecloud.health;

import org.jspecify.annotations.NullMarked;
