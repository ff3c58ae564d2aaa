package io.cratecloud.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data jobs of clusters: import jobs (from a URL, S3, an organization file or Azure Blob
 * Storage) and export jobs (to an organization file), as api-notes.md describes them.
 * <p>
 * A job moves through the statuses of cluster operations, one
 * {@linkplain FakeState#operationStep step} each, with its {@code progress} ({@code message},
 * {@code records}, {@code percent}, ...) following. A job created after a test asked for a
 * failure ({@link FakeCrateCloud#failNextOperation}) ends {@code FAILED} with that message.
 * An export that succeeds leaves its result as an organization file, whose id is in
 * {@code destination.file.id}.
 */
final class DataJobsApi implements FakeApi {

	private static final String IMPORT = "import";

	private static final String EXPORT = "export";

	private static final Set<String> IMPORT_TYPES = Set.of("url", "s3", "file", "azureblob");

	private static final Set<String> FORMATS = Set.of("csv", "json", "parquet");

	private static final Set<String> COMPRESSIONS = Set.of("gzip", "none");

	private final FakeState state;

	/**
	 * The jobs that have not ended yet, oldest first, by job id: a table of the state, so that
	 * a reset forgets them with the jobs.
	 */
	private final Map<String, Running> running;

	DataJobsApi(FakeState state) {
		this.state = state;
		this.running = state.table();
		state.onTime(this::catchUp);
	}

	@Override
	public void register(Routes routes) {
		routes.get("/api/v2/clusters/{cluster_id}/import-jobs/", (request) -> list(request, IMPORT))
			.post("/api/v2/clusters/{cluster_id}/import-jobs/", this::createImport)
			.get("/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/", (request) -> get(request, IMPORT))
			.delete("/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/", (request) -> delete(request, IMPORT))
			.get("/api/v2/clusters/{cluster_id}/import-jobs/{import_job_id}/progress/", this::importProgress)
			.get("/api/v2/clusters/{cluster_id}/export-jobs/", (request) -> list(request, EXPORT))
			.post("/api/v2/clusters/{cluster_id}/export-jobs/", this::createExport)
			.get("/api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/", (request) -> get(request, EXPORT))
			.delete("/api/v2/clusters/{cluster_id}/export-jobs/{export_job_id}/", (request) -> delete(request, EXPORT));
	}

	private Map<String, Map<String, ObjectNode>> jobs(String kind) {
		return kind.equals(IMPORT) ? this.state.importJobs : this.state.exportJobs;
	}

	private FakeResponse list(FakeRequest request, String kind) {
		String clusterId = request.pathVariable("cluster_id");
		this.state.cluster(clusterId);
		ArrayNode jobs = this.state.json.createArrayNode();
		jobs(kind).getOrDefault(clusterId, Map.of()).values().forEach((job) -> jobs.add(job.deepCopy()));
		return FakeResponse.ok(jobs);
	}

	private FakeResponse get(FakeRequest request, String kind) {
		return FakeResponse.ok(job(request, kind).deepCopy());
	}

	private ObjectNode job(FakeRequest request, String kind) {
		String clusterId = request.pathVariable("cluster_id");
		this.state.cluster(clusterId);
		return FakeState.require(jobs(kind).getOrDefault(clusterId, Map.of()),
				request.pathVariable(kind + "_job_id"));
	}

	/**
	 * Cancels a job, which then disappears, whether it had ended or not.
	 */
	private FakeResponse delete(FakeRequest request, String kind) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode job = job(request, kind);
		String id = job.get("id").asString();
		jobs(kind).get(cluster.get("id").asString()).remove(id);
		this.running.remove(id);
		ClustersApi.audit(this.state, cluster, kind + "_job.delete", this.state.object().put("job_id", id));
		return FakeResponse.noContent();
	}

	private FakeResponse createImport(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		String organizationId = ClustersApi.organizationId(this.state, cluster);
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		String type = checks.requiredOneOf(body, "type", IMPORT_TYPES);
		String format = checks.requiredOneOf(body, "format", FORMATS);
		String compression = compression(body, checks);
		ObjectNode destination = checks.requiredObject(body, "destination");
		ObjectNode job = this.state.object()
			.put("id", this.state.newId())
			.put("cluster_id", cluster.get("id").asString())
			.put("type", type)
			.put("format", format)
			.put("compression", compression);
		if (destination != null) {
			String table = checks.requiredString(destination, "destination.table", 1, 512);
			ObjectNode stored = job.putObject("destination");
			// The service answers with the table name unquoted (api-notes.md).
			stored.put("table", (table != null) ? table.replace("\"", "") : null);
			stored.put("create_table", !destination.has("create_table") || destination.get("create_table").asBoolean());
			if (destination.has("create_table") && !destination.get("create_table").isBoolean()) {
				checks.error("destination.create_table", "Not a valid boolean.");
			}
			JsonNode definition = destination.get("table_definition");
			if (definition != null && !definition.isNull()) {
				tableDefinition(definition, checks);
				stored.set("table_definition", definition.deepCopy());
			}
		}
		for (String source : IMPORT_TYPES) {
			if (type != null && !source.equals(type) && body.hasNonNull(source)) {
				checks.error(source, "Only the source of type '" + type + "' may be given.");
			}
		}
		long records = 0;
		if (type != null) {
			ObjectNode source = checks.requiredObject(body, type);
			if (source != null) {
				ObjectNode read = source(type, source, organizationId, checks);
				job.set(type, read);
				records = 1000 + Math.floorMod(read.toString().hashCode(), 9000);
			}
		}
		if (body.get("schema") instanceof ObjectNode schema) {
			job.set("schema", schema.deepCopy());
		}
		checks.throwIfInvalid();
		requireRunning(cluster);
		job.put("status", ClusterOperations.REGISTERED);
		job.set("progress", progress(0, records, 0, "The import job was registered."));
		job.set("dc", this.state.dc());
		start(IMPORT, cluster, job, records);
		ClustersApi.audit(this.state, cluster, "import_job.create", this.state.object()
			.put("job_id", job.get("id").asString())
			.put("type", type)
			.put("table", job.get("destination").get("table").asString()));
		return FakeResponse.created(job.deepCopy());
	}

	private FakeResponse createExport(FakeRequest request) {
		ObjectNode cluster = this.state.cluster(request.pathVariable("cluster_id"));
		ObjectNode body = request.jsonObject();
		BodyChecks checks = new BodyChecks();
		ObjectNode source = checks.requiredObject(body, "source");
		ObjectNode destination = checks.requiredObject(body, "destination");
		String table = (source != null) ? checks.requiredString(source, "source.table", 1, 512) : null;
		String format = (destination != null) ? checks.requiredOneOf(destination, "destination.format", FORMATS) : null;
		if (destination != null && destination.hasNonNull("file")) {
			checks.error("destination.file", "Set by the service: leave it out.");
		}
		String compression = compression(body, checks);
		checks.throwIfInvalid();
		requireRunning(cluster);
		ObjectNode job = this.state.object()
			.put("id", this.state.newId())
			.put("cluster_id", cluster.get("id").asString())
			.put("compression", compression)
			.put("status", ClusterOperations.REGISTERED);
		job.putObject("source").put("table", table.replace("\"", ""));
		job.putObject("destination").put("format", format);
		long records = 1000 + Math.floorMod(table.hashCode(), 9000);
		job.set("progress", progress(0, records, 0, "The export job was registered."));
		job.set("dc", this.state.dc());
		start(EXPORT, cluster, job, records);
		ClustersApi.audit(this.state, cluster, "export_job.create", this.state.object()
			.put("job_id", job.get("id").asString())
			.put("table", table)
			.put("format", format));
		return FakeResponse.created(job.deepCopy());
	}

	/**
	 * The progress of an import job ({@code DataJobData}), with its files paged by
	 * {@code offset} and {@code limit} ({@code ALL} or a number).
	 */
	private FakeResponse importProgress(FakeRequest request) {
		ObjectNode job = job(request, IMPORT);
		int offset = 0;
		int limit = Integer.MAX_VALUE;
		try {
			String offsetValue = request.query("offset");
			if (offsetValue != null && !offsetValue.isEmpty()) {
				offset = Math.max(0, Integer.parseInt(offsetValue));
			}
			String limitValue = request.query("limit");
			if (limitValue != null && !limitValue.isEmpty() && !limitValue.equalsIgnoreCase("ALL")) {
				limit = Math.max(0, Integer.parseInt(limitValue));
			}
		}
		catch (NumberFormatException ex) {
			throw FakeApiException.badRequest("limit", "Must be a number or ALL.");
		}
		ObjectNode progress = ((ObjectNode) job.get("progress")).deepCopy();
		// Here the message and details sit beside the progress (DataJobData), not in it.
		progress.remove("details");
		progress.remove("message");
		ArrayNode files = progress.putArray("files");
		ObjectNode file = fileFeedback(job);
		if (offset == 0 && limit > 0) {
			files.add(file);
		}
		ObjectNode data = this.state.object()
			.put("job_id", job.get("id").asString())
			.put("message", nonEmpty(job.get("progress").get("message").asString(), job.get("status").asString()));
		data.set("progress", progress);
		data.putObject("details");
		return FakeResponse.ok(data);
	}

	private ObjectNode fileFeedback(ObjectNode job) {
		JsonNode progress = job.get("progress");
		String type = job.get("type").asString();
		JsonNode source = job.get(type);
		String name = switch (type) {
			case "url" -> source.get("url").asString();
			case "s3" -> source.get("bucket").asString() + "/" + source.get("file_path").asString();
			case "file" -> source.path("name").asString(source.get("id").asString());
			default -> source.get("container_name").asString() + "/" + source.get("blob_name").asString();
		};
		return this.state.object()
			.put("name", (name.length() > 512) ? name.substring(0, 512) : name)
			.put("status", job.get("status").asString())
			.put("records", progress.get("records").asLong())
			.put("total_records", progress.get("total_records").asLong())
			.put("failed_records", progress.get("failed_records").asLong())
			.put("bytes", progress.get("bytes").asLong())
			.put("percent", progress.get("percent").asDouble())
			.put("message", progress.get("message").asString());
	}

	private static String nonEmpty(String message, String fallback) {
		return message.isEmpty() ? fallback : message;
	}

	private static @Nullable String compression(ObjectNode body, BodyChecks checks) {
		JsonNode node = body.get("compression");
		if (node == null || node.isNull()) {
			return "none";
		}
		return checks.requiredOneOf(body, "compression", COMPRESSIONS);
	}

	private void tableDefinition(JsonNode definition, BodyChecks checks) {
		if (!definition.isArray()) {
			checks.error("destination.table_definition", "Not a valid list.");
			return;
		}
		for (int i = 0; i < definition.size(); i++) {
			String path = "destination.table_definition." + i;
			if (!(definition.get(i) instanceof ObjectNode column)) {
				checks.error(path, "Invalid input type.");
				continue;
			}
			checks.requiredString(column, path + ".name", 1, Integer.MAX_VALUE);
			checks.requiredString(column, path + ".type", 1, Integer.MAX_VALUE);
		}
	}

	/**
	 * The source of an import, checked, as the job shows it.
	 */
	private ObjectNode source(String type, ObjectNode source, String organizationId, BodyChecks checks) {
		ObjectNode read = this.state.object();
		switch (type) {
			case "url" -> read.put("url", checks.requiredString(source, "url.url", 1, Integer.MAX_VALUE));
			case "s3" -> {
				read.put("bucket", checks.requiredString(source, "s3.bucket", 1, 512));
				read.put("file_path", checks.requiredString(source, "s3.file_path", 1, 512));
				read.put("secret_id", secret(source, "s3", organizationId, checks));
				String endpoint = checks.optionalString(source, "s3.endpoint", 1, Integer.MAX_VALUE);
				if (endpoint != null) {
					read.put("endpoint", endpoint);
				}
			}
			case "file" -> {
				String id = checks.requiredId(source, "file.id");
				if (id != null) {
					ObjectNode file = this.state.files.getOrDefault(organizationId, Map.of()).get(id);
					if (file == null) {
						checks.error("file.id", "The organization has no file '" + id + "'.");
					}
					else {
						read.put("id", id);
						read.put("name", file.path("name").asString(""));
						if (file.has("file_size")) {
							read.set("file_size", file.get("file_size"));
						}
						read.put("status", file.path("status").asString(""));
					}
				}
			}
			default -> {
				read.put("container_name", checks.requiredString(source, "azureblob.container_name", 1, 512));
				read.put("blob_name", checks.requiredString(source, "azureblob.blob_name", 1, 512));
				read.put("secret_id", secret(source, "azureblob", organizationId, checks));
			}
		}
		return read;
	}

	private @Nullable String secret(ObjectNode source, String type, String organizationId, BodyChecks checks) {
		String id = checks.requiredId(source, type + ".secret_id");
		if (id != null && !this.state.secrets.getOrDefault(organizationId, Map.of()).containsKey(id)) {
			checks.error(type + ".secret_id", "The organization has no secret '" + id + "'.");
			return null;
		}
		return id;
	}

	/**
	 * Data moves only in and out of a cluster whose nodes are up.
	 */
	private static void requireRunning(ObjectNode cluster) {
		if (cluster.path("suspended").asBoolean(false)) {
			throw FakeApiException.badRequest("_schema", "The cluster is suspended; resume it first.");
		}
		if (ClusterOperations.health(cluster).path("status").asString("").equals("UNREACHABLE")) {
			throw FakeApiException.badRequest("_schema", "The cluster is not running yet.");
		}
	}

	private ObjectNode progress(double percent, long totalRecords, long records, String message) {
		ObjectNode progress = this.state.object()
			.put("message", message)
			.put("percent", percent)
			.put("records", records)
			.put("total_records", totalRecords)
			.put("failed_records", 0)
			.put("bytes", records * 120)
			.put("processed_files", (percent >= 100) ? 1 : 0)
			.put("failed_files", 0)
			.put("total_files", 1);
		progress.putObject("details");
		return progress;
	}

	private void start(String kind, ObjectNode cluster, ObjectNode job, long records) {
		String failure = this.state.nextOperationFailure;
		this.state.nextOperationFailure = null;
		String clusterId = cluster.get("id").asString();
		String id = job.get("id").asString();
		jobs(kind).computeIfAbsent(clusterId, (key) -> new LinkedHashMap<>()).put(id, job);
		this.running.put(id, new Running(kind, cluster, job, this.state.now(), records, failure));
	}

	private void catchUp(Instant now) {
		Iterator<Running> jobs = this.running.values().iterator();
		while (jobs.hasNext()) {
			Running job = jobs.next();
			String clusterId = job.cluster.get("id").asString();
			if (!jobs(job.kind).getOrDefault(clusterId, Map.of()).containsKey(job.job.get("id").asString())) {
				// Cancelled, or its cluster was deleted.
				jobs.remove();
				continue;
			}
			int reached = stepsReached(job.started, now);
			while (job.steps < reached) {
				job.steps++;
				Instant at = job.started.plus(this.state.operationStep.multipliedBy(job.steps));
				step(job, at);
			}
			if (job.steps >= 3) {
				jobs.remove();
			}
		}
	}

	private int stepsReached(Instant started, Instant now) {
		Duration step = this.state.operationStep;
		if (step.isZero()) {
			return 3;
		}
		Duration elapsed = Duration.between(started, now);
		return elapsed.isNegative() ? 0 : (int) Math.min(3, elapsed.toNanos() / step.toNanos());
	}

	private void step(Running job, Instant at) {
		String table = job.kind.equals(IMPORT) ? job.job.get("destination").get("table").asString()
				: job.job.get("source").get("table").asString();
		String status;
		ObjectNode progress;
		switch (job.steps) {
			case 1 -> {
				status = ClusterOperations.SENT;
				progress = progress(0, job.records, 0, "The " + job.kind + " job was sent to the cluster.");
			}
			case 2 -> {
				status = ClusterOperations.IN_PROGRESS;
				progress = progress(50, job.records, job.records / 2,
						(job.kind.equals(IMPORT) ? "Importing into " : "Exporting ") + table + ".");
			}
			default -> {
				if (job.failure != null) {
					status = ClusterOperations.FAILED;
					progress = progress(50, job.records, job.records / 2, job.failure);
					progress.put("failed_records", job.records - job.records / 2);
					progress.put("failed_files", 1);
				}
				else {
					status = ClusterOperations.SUCCEEDED;
					progress = progress(100, job.records, job.records,
							(job.kind.equals(IMPORT) ? "Imported " : "Exported ") + job.records + " records.");
					if (job.kind.equals(EXPORT)) {
						progress.put("bytes", exported(job));
					}
				}
			}
		}
		job.job.put("status", status);
		job.job.set("progress", progress);
		((ObjectNode) job.job.get("dc")).put("modified", this.state.timestamp(at));
	}

	/**
	 * Leaves an export's result as an organization file ({@code File}) with its bytes in the
	 * fake's storage, downloadable through the file's pre-signed {@code download_url}, and
	 * names it in the job's {@code destination.file}.
	 * @return the size of the file
	 */
	private long exported(Running job) {
		String organizationId = ClustersApi.organizationId(this.state, job.cluster);
		String format = job.job.get("destination").get("format").asString();
		boolean gzip = "gzip".equals(job.job.path("compression").asString(""));
		String name = job.job.get("source").get("table").asString() + "." + format + (gzip ? ".gz" : "");
		byte[] content = exportContent(format, job.records, gzip);
		String fileId = this.state.newId();
		ObjectNode file = this.state.object()
			.put("id", fileId)
			.put("name", name)
			.put("organization_id", organizationId)
			.put("status", "UPLOADED")
			.put("file_size", content.length);
		file.set("dc", this.state.dc());
		this.state.files.computeIfAbsent(organizationId, (key) -> new LinkedHashMap<>()).put(fileId, file);
		this.state.fileContents.put(fileId, content);
		((ObjectNode) job.job.get("destination")).putObject("file")
			.put("id", fileId)
			.put("name", name)
			.put("file_size", content.length)
			.put("status", "UPLOADED");
		return content.length;
	}

	/**
	 * The exported rows: {@code id,ts,value} as CSV with a header, or as JSON lines. A
	 * Parquet export is the CSV between Parquet's magic bytes, not a real Parquet file: enough
	 * for a test to tell the formats apart.
	 */
	static byte[] exportContent(String format, long records, boolean gzip) {
		StringBuilder rows = new StringBuilder(format.equals("json") ? "" : "id,ts,value\n");
		for (long id = 1; id <= records; id++) {
			long ts = 1_783_680_000_000L + id * 1000;
			String value = Long.toString(id % 97);
			rows.append(format.equals("json") ? "{\"id\":" + id + ",\"ts\":" + ts + ",\"value\":" + value + "}\n"
					: id + "," + ts + "," + value + "\n");
		}
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		if (format.equals("parquet")) {
			byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
			ByteArrayOutputStream parquet = new ByteArrayOutputStream();
			parquet.writeBytes(magic);
			parquet.writeBytes(bytes);
			parquet.writeBytes(magic);
			bytes = parquet.toByteArray();
		}
		if (!gzip) {
			return bytes;
		}
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing to memory failed", ex);
		}
		return compressed.toByteArray();
	}

	/**
	 * A job that has not ended, with what it takes to end it.
	 */
	private static final class Running {

		final String kind;

		final ObjectNode cluster;

		final ObjectNode job;

		final Instant started;

		final long records;

		final @Nullable String failure;

		/** How many steps the job has taken: 0 REGISTERED, 1 SENT, 2 IN_PROGRESS, 3 ended. */
		int steps;

		Running(String kind, ObjectNode cluster, ObjectNode job, Instant started, long records,
				@Nullable String failure) {
			this.kind = kind;
			this.cluster = cluster;
			this.job = job;
			this.started = started;
			this.records = records;
			this.failure = failure;
		}

	}

}
