package io.cratecloud.sample;

import java.util.List;

import io.cratecloud.client.products.Product;
import io.cratecloud.client.products.ScaleOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How the dashboard turns a number of nodes into the product unit the API asks for.
 */
class ClusterActionsTests {

	@Test
	void productUnitIsTheScaleOptionWithThatManyNodes() {
		Product product = product(List.of(option(0, 1), option(2, 3), option(4, 5)));

		assertThat(ClusterActions.productUnit(product, 1)).isZero();
		assertThat(ClusterActions.productUnit(product, 3)).isEqualTo(2);
		assertThat(ClusterActions.productUnit(product, 5)).isEqualTo(4);
	}

	@Test
	void aNodeCountTheProductDoesNotOfferIsRefusedNamingTheCountsItOffers() {
		Product product = product(List.of(option(0, 1), option(2, 3)));

		assertThatIllegalArgumentException().isThrownBy(() -> ClusterActions.productUnit(product, 2))
			.withMessage("Product 'cr2' cannot run 2 nodes; it offers [1, 3]");
	}

	@Test
	void withoutScaleOptionsEachNodeBeyondTheFirstIsOneUnit() {
		assertThat(ClusterActions.productUnit(product(null), 1)).isZero();
		assertThat(ClusterActions.productUnit(product(List.of()), 4)).isEqualTo(3);
	}

	@Test
	void aClusterNeedsANode() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClusterActions.productUnit(product(null), 0))
			.withMessage("A cluster needs at least one node");
	}

	private static Product product(List<ScaleOption> scaling) {
		return new Product("cr2", "cluster", "default", null, null, "CR2", null, null, false, null, null, scaling,
				null, null, null);
	}

	private static ScaleOption option(int unit, int nodes) {
		return new ScaleOption(unit, nodes + " nodes", nodes, nodes, null, null, null, null, null);
	}

}
