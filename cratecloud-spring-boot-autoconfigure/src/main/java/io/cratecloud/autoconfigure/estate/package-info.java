/**
 * Auto-configuration of the estate as code: an organization's projects and clusters declared
 * under {@code cratecloud.estate}, planned or applied at start-up and checked for drift.
 */
@NullMarked
package io.cratecloud.autoconfigure.estate;

import org.jspecify.annotations.NullMarked;
