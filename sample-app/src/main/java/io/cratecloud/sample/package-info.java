/**
 * A dashboard of a CrateDB Cloud account, built on the starter.
 */
@NullMarked
package io.cratecloud.sample;

import org.jspecify.annotations.NullMarked;
