/**
 * Demo mode: without credentials the sample runs against a built-in fake CrateDB Cloud.
 */
@NullMarked
package io.cratecloud.sample.demo;

import org.jspecify.annotations.NullMarked;
