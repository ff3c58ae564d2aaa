/**
 * Auto-configuration of Spring Boot's DataSource on a CrateDB Cloud cluster named in a
 * property.
 */
@NullMarked
package io.cratecloud.autoconfigure.jdbc;

import org.jspecify.annotations.NullMarked;
