package io.cratecloud.test;

// Placeholder: filled in by the work on clusters.
final class ClustersApi implements FakeApi {

	private final FakeState state;

	ClustersApi(FakeState state) {
		this.state = state;
	}

	@Override
	public void register(Routes routes) {
	}

	/**
	 * Creates a cluster as the seed describes it, already running, without an operation.
	 * @return the cluster's id
	 */
	static String seed(FakeState state, ClusterSeed seed) {
		throw new UnsupportedOperationException("Seeding clusters is not implemented yet");
	}

}
