package io.cratecloud.client.organizations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an organization has used and spent so far this month, with an estimate of what it
 * goes on to cost.
 *
 * @param computeConsumptionThisMonth the compute used this month, per product
 * @param storageConsumptionThisMonth the storage used this month
 * @param currentCost the estimated cost at the current usage
 */
public record CurrentMonthConsumption(@Nullable List<ProductConsumption> computeConsumptionThisMonth,
		@Nullable StorageConsumption storageConsumptionThisMonth, @Nullable EstimatedCost currentCost) {
}
