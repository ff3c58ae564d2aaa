/**
 * Internal: the transport, requests, JSON mapping, errors, retries, polling, argument checks
 * and the implementations of the resource clients. Not part of the client's API: any type
 * here may change or go in any release. Use {@link io.cratecloud.client.CrateCloudClient}.
 */
@NullMarked
package io.cratecloud.client.internal;

import org.jspecify.annotations.NullMarked;
