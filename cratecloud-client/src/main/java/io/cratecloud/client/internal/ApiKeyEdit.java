package io.cratecloud.client.internal;

/**
 * The body that turns an API key on or off.
 *
 * @param active whether the key may be used
 */
record ApiKeyEdit(boolean active) {
}
