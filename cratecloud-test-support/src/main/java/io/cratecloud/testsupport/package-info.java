/**
 * What the project's own tests share: the CrateDB Cloud OpenAPI document from
 * {@code ../shared}, a WireMock server that validates its traffic against it, and a check
 * that the README shows the examples as they are in the source. Never published.
 */
@NullMarked
package io.cratecloud.testsupport;

import org.jspecify.annotations.NullMarked;
