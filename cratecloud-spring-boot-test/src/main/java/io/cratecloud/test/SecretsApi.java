package io.cratecloud.test;

// Placeholder: filled in by the work on this group of operations.
final class SecretsApi implements FakeApi {

	private final FakeState state;

	SecretsApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
	}

}
