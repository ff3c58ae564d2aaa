/**
 * Clusters, their long-running changes and how to wait for them.
 */
@NullMarked
package io.cratecloud.client.clusters;

import org.jspecify.annotations.NullMarked;
