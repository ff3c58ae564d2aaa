/**
 * A stateful fake of the CrateDB Cloud API for tests: {@link io.cratecloud.test.FakeCrateCloud}, its
 * seeding and fault injection, and its JUnit 5 and Spring test integrations.
 */
@NullMarked
package io.cratecloud.test;

import org.jspecify.annotations.NullMarked;
