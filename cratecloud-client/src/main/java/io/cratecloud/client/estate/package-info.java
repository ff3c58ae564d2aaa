/**
 * The estate as code: an organization's projects and clusters as declared
 * ({@link io.cratecloud.client.estate.Estate}), what it would take to make CrateDB Cloud match
 * them ({@link io.cratecloud.client.estate.EstatePlan}) and carrying that out
 * ({@link io.cratecloud.client.estate.EstateClient#apply(Estate)}). Built on the resource
 * clients and their handles only.
 */
@NullMarked
package io.cratecloud.client.estate;

import org.jspecify.annotations.NullMarked;
