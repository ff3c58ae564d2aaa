/**
 * Regions clusters can be deployed to.
 */
@NullMarked
package io.cratecloud.client.regions;

import org.jspecify.annotations.NullMarked;
