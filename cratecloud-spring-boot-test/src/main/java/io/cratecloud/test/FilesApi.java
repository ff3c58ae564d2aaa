package io.cratecloud.test;

// Placeholder: filled in by the work on this group of operations.
final class FilesApi implements FakeApi {

	private final FakeState state;

	FilesApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
	}

}
