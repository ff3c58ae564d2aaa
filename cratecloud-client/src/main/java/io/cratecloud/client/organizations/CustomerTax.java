package io.cratecloud.client.organizations;

import org.jspecify.annotations.Nullable;

/**
 * The tax id an organization is billed under.
 *
 * @param taxId the tax id, such as a VAT number
 * @param taxIdType the kind of tax id, such as {@code eu_vat}
 */
public record CustomerTax(@Nullable String taxId, @Nullable String taxIdType) {
}
