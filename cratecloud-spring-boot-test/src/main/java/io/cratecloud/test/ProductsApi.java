package io.cratecloud.test;

// Placeholder: filled in by the work on this group of operations.
final class ProductsApi implements FakeApi {

	private final FakeState state;

	ProductsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
	}

}
