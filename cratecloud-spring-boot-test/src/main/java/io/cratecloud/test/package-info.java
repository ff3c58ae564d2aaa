/**
 * A stateful fake of the CrateDB Cloud API for tests: {@link io.cratecloud.test.FakeCrateCloud}, its
 * seeding and fault injection, and its JUnit 5 and Spring test integrations,
 * {@link io.cratecloud.test.FakeCrateCloudExtension} and
 * {@link io.cratecloud.test.AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud}.
 */
@NullMarked
package io.cratecloud.test;

import org.jspecify.annotations.NullMarked;
