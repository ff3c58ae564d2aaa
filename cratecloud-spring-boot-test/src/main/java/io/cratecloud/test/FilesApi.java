package io.cratecloud.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Organization files, and the storage their bytes go to.
 * <p>
 * Creating a file answers with a pre-signed {@code upload_url}; getting one, once uploaded,
 * with a pre-signed {@code download_url}. Both point at the fake itself, on
 * {@value #STORAGE_PATH}{@code {file_id}} outside {@code /api/}, where no credentials are
 * asked for (as on the object store the service signs URLs for) but the URL's signature is:
 * a {@code PUT} there stores the bytes and marks the file {@code UPLOADED}, a {@code GET}
 * answers them. Storage refusals are in the object store's XML, not the API's JSON.
 */
final class FilesApi implements FakeApi {

	/** Where files' bytes live: not under {@code /api/}, so asked for no credentials. */
	static final String STORAGE_PATH = "/storage/files/";

	private static final String STORAGE_TEMPLATE = STORAGE_PATH + "{file_id}";

	/** Signs storage URLs: one secret per fake, so URLs of one fake do not work on another. */
	private final byte[] signingSecret = new byte[32];

	private final FakeState state;

	FilesApi(FakeState state) {
		this.state = state;
		new SecureRandom().nextBytes(this.signingSecret);
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/organizations/{organization_id}/files/", this::list)
			.post("/api/v2/organizations/{organization_id}/files/", this::create)
			.get("/api/v2/organizations/{organization_id}/files/{file_id}/", this::get)
			.delete("/api/v2/organizations/{organization_id}/files/{file_id}/", this::delete)
			.put(STORAGE_TEMPLATE, this::upload)
			.get(STORAGE_TEMPLATE, this::download);
	}

	private FakeResponse list(FakeRequest request) {
		ArrayNode files = this.state.json.createArrayNode();
		filesOf(request.pathVariable("organization_id")).values().forEach((file) -> files.add(file.deepCopy()));
		return FakeResponse.ok(files);
	}

	private FakeResponse get(FakeRequest request) {
		ObjectNode file = file(request);
		ObjectNode view = file.deepCopy();
		if ("UPLOADED".equals(file.path("status").asString(""))) {
			view.put("download_url", storageUrl(request, file.get("id").asString(), "GET"));
		}
		return FakeResponse.ok(view);
	}

	private FakeResponse create(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		Map<String, ObjectNode> files = filesOf(organizationId);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String name = checks.requiredString(body, "name", 1, 512);
		Long size = checks.optionalInteger(body, "file_size", 1, Long.MAX_VALUE);
		checks.throwIfInvalid();
		String id = this.state.newId();
		ObjectNode file = this.state.object()
			.put("id", id)
			.put("organization_id", organizationId)
			.put("name", name)
			.put("status", "PENDING");
		if (size != null) {
			file.put("file_size", size);
		}
		file.set("dc", this.state.dc());
		files.put(id, file);
		this.state.audit(organizationId, "file.create", this.state.object().put("file_id", id).put("name", name));
		return FakeResponse.created(file.deepCopy().put("upload_url", storageUrl(request, id, "PUT")));
	}

	private FakeResponse delete(FakeRequest request) {
		String organizationId = request.pathVariable("organization_id");
		ObjectNode file = file(request);
		String id = file.get("id").asString();
		filesOf(organizationId).remove(id);
		this.state.fileContents.remove(id);
		this.state.audit(organizationId, "file.delete", this.state.object().put("file_id", id));
		return FakeResponse.noContent();
	}

	/**
	 * A {@code PUT} to a pre-signed upload URL: stores the bytes as sent. The service learns
	 * of uploads from its object store, not through the API, so no audit event is recorded.
	 */
	private FakeResponse upload(FakeRequest request) {
		String id = request.pathVariable("file_id");
		if (!signed(request, id, "PUT")) {
			return accessDenied();
		}
		ObjectNode file = storedFile(id);
		if (file == null) {
			// The file was deleted: its upload URL leads nowhere any more.
			return noSuchKey();
		}
		byte[] content = request.body();
		this.state.fileContents.put(id, content);
		file.put("status", "UPLOADED");
		if (content.length > 0) {
			file.put("file_size", content.length);
		}
		else {
			// An empty object is stored, but the document's file_size starts at 1.
			file.remove("file_size");
		}
		this.state.touch(file);
		return FakeResponse.empty(200).withHeader("ETag", etag(content));
	}

	/**
	 * A {@code GET} of a pre-signed download URL: the bytes as uploaded.
	 */
	private FakeResponse download(FakeRequest request) {
		String id = request.pathVariable("file_id");
		if (!signed(request, id, "GET")) {
			return accessDenied();
		}
		ObjectNode file = storedFile(id);
		byte[] content = this.state.fileContents.get(id);
		if (file == null || content == null) {
			return noSuchKey();
		}
		return FakeResponse.bytes(200, "application/octet-stream", content)
			.withHeader("Content-Disposition", "attachment; filename=\"" + file.path("name").asString("file")
				.replace("\"", "") + "\"");
	}

	/**
	 * Whether a storage request carries the signature of its file and method.
	 */
	private boolean signed(FakeRequest request, String id, String method) {
		String signature = request.query("signature");
		return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
				signature(id, method).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The file with the id, whichever organization it belongs to.
	 */
	private @Nullable ObjectNode storedFile(String id) {
		for (Map<String, ObjectNode> files : this.state.files.values()) {
			ObjectNode file = files.get(id);
			if (file != null) {
				return file;
			}
		}
		return null;
	}

	/**
	 * A pre-signed URL on the fake, on the host and port the client reached the API at.
	 */
	private String storageUrl(FakeRequest request, String id, String method) {
		String host = request.header("Host");
		if (host == null || host.isBlank()) {
			// HTTP/1.1 requires it, and without it there is no address to sign.
			throw new FakeApiException(400, "The request has no Host header.", null, Map.of());
		}
		return "http://" + host + STORAGE_PATH + id + "?signature=" + signature(id, method);
	}

	/**
	 * What a storage URL is signed with: the method and the file, so an upload URL does not
	 * download and a URL does not open another file.
	 */
	private String signature(String id, String method) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.signingSecret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((method + " " + id).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from the JDK", ex);
		}
	}

	private static FakeResponse accessDenied() {
		return storageError(403, "AccessDenied", "Request has expired or its signature does not match.");
	}

	private static FakeResponse noSuchKey() {
		return storageError(404, "NoSuchKey", "The specified key does not exist.");
	}

	private static FakeResponse storageError(int status, String code, String message) {
		return FakeResponse.text(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
				+ code + "</Code><Message>" + message + "</Message></Error>\n");
	}

	private ObjectNode file(FakeRequest request) {
		return FakeState.require(filesOf(request.pathVariable("organization_id")), request.pathVariable("file_id"));
	}

	/**
	 * The files of an existing organization (404 for an unknown one).
	 */
	private Map<String, ObjectNode> filesOf(String organizationId) {
		this.state.organization(organizationId);
		return this.state.files.computeIfAbsent(organizationId, (id) -> new LinkedHashMap<>());
	}

	/**
	 * The object store's ETag of a single-part upload: the content's MD5.
	 */
	private static String etag(byte[] content) {
		try {
			return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content)) + "\"";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("MD5 is missing from the JDK", ex);
		}
	}

}
