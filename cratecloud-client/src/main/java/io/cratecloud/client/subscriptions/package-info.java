/**
 * Subscriptions, which pay for clusters.
 */
@NullMarked
package io.cratecloud.client.subscriptions;

import org.jspecify.annotations.NullMarked;
