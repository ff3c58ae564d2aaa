package io.cratecloud.client.estate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A project as declared, matched by its name within the organization.
 *
 * @param name the project's name
 * @param region the region its clusters run in, such as {@code aks1.westeurope.azure}; a
 * project's region cannot change once it exists. {@code null} leaves it to the service (for a
 * new project) and unmanaged (for an existing one)
 * @param clusters the clusters declared in it
 */
public record EstateProject(String name, @Nullable String region, List<EstateCluster> clusters) {

	public EstateProject {
		clusters = List.copyOf(clusters);
	}

}
