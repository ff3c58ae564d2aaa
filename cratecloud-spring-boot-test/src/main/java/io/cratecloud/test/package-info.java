/**
 * A stateful fake of the CrateDB Cloud API for tests: {@link io.cratecloud.test.FakeCrateCloud}, its
 * seeding ({@link io.cratecloud.test.FakeCrateCloudSeed seeds} are applied again whenever the fake
 * is reset), fault injection and request verification, and its JUnit 5 and Spring test
 * integrations, {@link io.cratecloud.test.FakeCrateCloudExtension} and
 * {@link io.cratecloud.test.AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud}, which reset
 * the fake after each test.
 */
@NullMarked
package io.cratecloud.test;

import org.jspecify.annotations.NullMarked;
