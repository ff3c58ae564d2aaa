/**
 * The declared estate of an application, as the auto-configuration or the application itself
 * sets it up: its latest plan (shared by the endpoint and the gauges), the periodic drift check
 * and the event it publishes.
 */
@NullMarked
package io.cratecloud.estate;

import org.jspecify.annotations.NullMarked;
