/**
 * Auto-configuration of SQL on a cluster over its HTTP endpoint, with the API key alone.
 */
@NullMarked
package io.cratecloud.autoconfigure.sql;

import org.jspecify.annotations.NullMarked;
