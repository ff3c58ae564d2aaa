package io.cratecloud.client.organizations;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How much an organization may still spend per month.
 *
 * @param remainingBudgetPerMonth the amount left per month
 */
public record RemainingBudget(@Nullable BigDecimal remainingBudgetPerMonth) {
}
