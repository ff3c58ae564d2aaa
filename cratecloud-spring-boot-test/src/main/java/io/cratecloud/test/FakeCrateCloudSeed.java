package io.cratecloud.test;

/**
 * A starting point for a {@link FakeCrateCloud}: state it creates when it starts and creates
 * again after every {@linkplain FakeCrateCloud#reset() reset}. Since a reset rewinds the fake's
 * ids, a seed gets the same ids each time it is applied.
 * <p>
 * Give seeds to the {@linkplain FakeCrateCloud.Builder#seed(FakeCrateCloudSeed) builder} (also
 * the one a {@link FakeCrateCloudExtension} takes):
 * <pre class="code">
 * FakeCrateCloud fake = FakeCrateCloud.builder()
 *     .seed((seeder) -&gt; seeder.organization("Acme").project("analytics").cluster("sensors").create())
 *     .start();
 * </pre>
 * or, in a test with {@link AutoConfigureFakeCrateCloud @AutoConfigureFakeCrateCloud}, declare
 * them as beans: they are applied before the application's beans are created.
 */
@FunctionalInterface
public interface FakeCrateCloudSeed {

	/**
	 * Creates state in the fake.
	 * @param seeder creates organizations, projects, clusters and users in the fake
	 */
	void seed(Seeder seeder);

}
