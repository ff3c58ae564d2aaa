package io.cratecloud.client.organizations;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A limit on what an organization may use, and how much of it is used.
 *
 * @param code what the quota limits
 * @param quota the limit
 * @param currentValue how much is used
 */
public record Quota(@Nullable String code, @Nullable BigDecimal quota, @Nullable BigDecimal currentValue) {
}
