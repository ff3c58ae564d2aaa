/**
 * Organizations, their billing, files and secrets.
 */
@NullMarked
package io.cratecloud.client.organizations;

import org.jspecify.annotations.NullMarked;
