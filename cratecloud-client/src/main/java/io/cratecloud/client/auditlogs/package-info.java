/**
 * The audit log of an organization, page by page or as a lazy stream.
 */
@NullMarked
package io.cratecloud.client.auditlogs;

import org.jspecify.annotations.NullMarked;
