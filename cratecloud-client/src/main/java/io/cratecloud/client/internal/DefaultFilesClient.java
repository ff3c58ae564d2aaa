package io.cratecloud.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.organizations.FilesClient;
import io.cratecloud.client.organizations.OrganizationFile;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * The {@link FilesClient} on the shared transport.
 */
public final class DefaultFilesClient implements FilesClient {

	private static final String FILES = "/api/v2/organizations/{organization_id}/files/";

	private static final String FILE = "/api/v2/organizations/{organization_id}/files/{file_id}/";

	private static final ParameterizedTypeReference<List<OrganizationFile>> FILE_LIST = new ParameterizedTypeReference<>() {
	};

	private final CrateCloudTransport transport;

	/**
	 * Create the client.
	 * @param transport the transport requests go through
	 */
	public DefaultFilesClient(CrateCloudTransport transport) {
		this.transport = transport;
	}

	@Override
	public List<OrganizationFile> list(String organizationId) {
		return this.transport.get(FILES).pathVariable("organization_id", organizationId).retrieve(FILE_LIST);
	}

	@Override
	public OrganizationFile get(String organizationId, String fileId) {
		return this.transport.get(FILE)
			.pathVariable("organization_id", organizationId)
			.pathVariable("file_id", fileId)
			.retrieve(OrganizationFile.class);
	}

	@Override
	public OrganizationFile create(String organizationId, String name, long fileSize) {
		Arguments.length(name, "name", 1, 512);
		Arguments.between(fileSize, "file_size", 1, Long.MAX_VALUE);
		return this.transport.post(FILES)
			.pathVariable("organization_id", organizationId)
			.body(new FileUpload(name, fileSize))
			.retrieve(OrganizationFile.class);
	}

	@Override
	public OrganizationFile upload(String organizationId, Path file) {
		Arguments.required(file, "file");
		try (InputStream content = Files.newInputStream(file)) {
			return upload(organizationId, file.getFileName().toString(), content, Files.size(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	@Override
	public OrganizationFile upload(String organizationId, String name, InputStream content, long length) {
		Arguments.text(organizationId, "organization_id");
		Arguments.required(content, "content");
		OrganizationFile created = create(organizationId, name, length);
		ApiCall call = ApiCalls.of(HttpMethod.POST, FILES, organizationId);
		String uploadUrl = created.uploadUrl();
		if (created.id() == null || created.id().isBlank() || uploadUrl == null || uploadUrl.isBlank()) {
			throw new CrateCloudUnexpectedResponseException(call + " (" + call.pathTemplate()
					+ ") answered with file " + created.name() + " without an id or upload_url: nothing can be uploaded",
					call, 201, null, null);
		}
		URI target = Urls.absolute(uploadUrl, call, 201, "an upload_url of file " + created.id());
		this.transport.upload(target, content, length);
		return created;
	}

	@Override
	public void delete(String organizationId, String fileId) {
		this.transport.delete(FILE)
			.pathVariable("organization_id", organizationId)
			.pathVariable("file_id", fileId)
			.execute();
	}

}
