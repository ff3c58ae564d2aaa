package io.cratecloud.client.organizations;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Storage used over a period and what it cost.
 *
 * @param minutes the minutes of use
 * @param gibhours the GiB hours of storage used
 * @param dtuhours the DTU hours used
 * @param cost the cost before credits
 * @param credits the credits applied
 * @param total the cost after credits
 */
public record StorageConsumption(@Nullable Long minutes, @Nullable Long gibhours, @Nullable BigDecimal dtuhours,
		@Nullable BigDecimal cost, @Nullable BigDecimal credits, @Nullable BigDecimal total) {
}
