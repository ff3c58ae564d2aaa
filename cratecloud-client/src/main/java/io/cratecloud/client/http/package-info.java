/**
 * The HTTP layer the resource clients share: requests from URI templates, the client's own JSON
 * mapping, errors and retries.
 */
@NullMarked
package io.cratecloud.client.http;

import org.jspecify.annotations.NullMarked;
