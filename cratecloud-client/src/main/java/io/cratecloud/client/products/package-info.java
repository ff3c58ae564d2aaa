/**
 * Products: the cluster plans that can be deployed, and their prices.
 */
@NullMarked
package io.cratecloud.client.products;

import org.jspecify.annotations.NullMarked;
