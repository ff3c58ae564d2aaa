package io.cratecloud.client.estate;

/**
 * One thing wrong with a declared estate, found before any request is sent.
 *
 * @param path where it is, as a property path ({@code cratecloud.estate.projects[0].clusters[1].nodes})
 * @param message what is wrong and how to fix it
 */
public record EstateProblem(String path, String message) {

	@Override
	public String toString() {
		return this.path + ": " + this.message;
	}

}
