/**
 * The application the start-up and health measurements run.
 */
@NullMarked
package io.cratecloud.benchmarks.app;

import org.jspecify.annotations.NullMarked;
