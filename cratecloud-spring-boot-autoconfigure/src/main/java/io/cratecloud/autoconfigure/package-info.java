/**
 * Auto-configuration of the CrateDB Cloud client.
 */
@NullMarked
package io.cratecloud.autoconfigure;

import org.jspecify.annotations.NullMarked;
