/**
 * Benchmarks of the CrateDB Cloud client and starter, each against a loopback server that
 * answers with bodies shaped as the API's.
 */
@NullMarked
package io.cratecloud.benchmarks;

import org.jspecify.annotations.NullMarked;
