/**
 * Import and export jobs of clusters.
 */
@NullMarked
package io.cratecloud.client.datajobs;

import org.jspecify.annotations.NullMarked;
