package io.cratecloud.test;

// Placeholder: filled in by the work on this group of operations.
final class RolesApi implements FakeApi {

	private final FakeState state;

	RolesApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
	}

}
