package io.cratecloud.client.organizations;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An estimate of what an organization's current usage costs, per hour and per month. The
 * document does not name the keys of either map.
 *
 * @param hourly the estimated cost per hour, by key
 * @param monthly the estimated cost per month, by key
 */
public record EstimatedCost(@Nullable Map<String, BigDecimal> hourly, @Nullable Map<String, BigDecimal> monthly) {
}
