package io.cratecloud.test;

import java.nio.file.Path;

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

	/**
	 * A seed read from a JSON file describing an estate, as the standalone
	 * {@link FakeCrateCloudServer} takes it with {@code --seed}:
	 * <pre>
	 * {"organizations": [{"name": "Acme", "projects": [{"name": "analytics",
	 *   "clusters": [{"name": "sensors", "nodes": 3}, {"name": "archive", "suspended": true}]}]}]}
	 * </pre>
	 * Organizations have a {@code name} and {@code projects}; projects a {@code name}, a
	 * {@code region} and {@code clusters}; clusters a {@code name}, {@code nodes}, {@code tier},
	 * {@code product}, {@code crate-version}, {@code username}, {@code sql-endpoint},
	 * {@code suspended} and {@code deletion-protected}, as {@link ClusterSeed} sets them. Beside
	 * {@code organizations}, {@code users} lists the e-mail addresses of other users and
	 * {@code superuser} makes the credentials' user one. The file is read and checked at once.
	 * @param file the JSON file
	 * @return the seed
	 * @throws IllegalArgumentException if the file is not such JSON, naming the field at fault
	 * @throws java.io.UncheckedIOException if the file cannot be read
	 */
	static FakeCrateCloudSeed fromJson(Path file) {
		return SeedFile.read(file);
	}

}
