package io.cratecloud.client.datajobs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What to import into a cluster, for
 * {@link ImportJobsClient#create(String, ImportJobRequest)}. Start from the factory
 * of the source ({@link #fromUrl fromUrl}, {@link #fromS3 fromS3}, {@link #fromFile fromFile},
 * {@link #fromAzureBlob fromAzureBlob}), which takes every required field, and add optional
 * ones with the {@code with...} methods, each returning a copy:
 * <pre class="code">
 * ImportJobRequest request = ImportJobRequest
 *     .fromUrl("https://example.com/sensors.csv.gz", DataJobFormat.CSV, "doc.sensors")
 *     .withCompression(DataJobCompression.GZIP);
 * </pre>
 * A request has exactly one source, and {@code type} names it.
 *
 * @param type where the job reads from
 * @param format the format of the data
 * @param compression how the data is compressed, or {@code null} for the service's default
 * ({@code none})
 * @param destination the table to write to
 * @param url the URL to read, for {@link ImportJobType#URL}
 * @param s3 the S3 object to read, for {@link ImportJobType#S3}
 * @param file the organization file to read, for {@link ImportJobType#FILE}
 * @param azureblob the Azure blob to read, for {@link ImportJobType#AZURE_BLOB}
 * @param schema a schema for the data, sent as it is, or {@code null}
 */
public record ImportJobRequest(ImportJobType type, DataJobFormat format, @Nullable DataJobCompression compression,
		ImportJobDestination destination, @Nullable ImportUrlSource url, @Nullable ImportS3Source s3,
		@Nullable DataJobFile file, @Nullable ImportAzureBlobSource azureblob, @Nullable Map<String, Object> schema) {

	/**
	 * Create a request; prefer the factories, which check each field.
	 * @param type where the job reads from
	 * @param format the format of the data
	 * @param compression how the data is compressed, or {@code null}
	 * @param destination the table to write to
	 * @param url the URL to read, for {@link ImportJobType#URL}
	 * @param s3 the S3 object to read, for {@link ImportJobType#S3}
	 * @param file the organization file to read, for {@link ImportJobType#FILE}
	 * @param azureblob the Azure blob to read, for {@link ImportJobType#AZURE_BLOB}
	 * @param schema a schema for the data, or {@code null}
	 * @throws IllegalArgumentException if a required field is missing, or there is not
	 * exactly one source, or {@code type} names another source
	 */
	public ImportJobRequest {
		Arguments.required(type, "type");
		Arguments.required(format, "format");
		Arguments.required(destination, "destination");
		long sources = Stream.of(url, s3, file, azureblob).filter(Objects::nonNull).count();
		Arguments.check(sources == 1, "source", "exactly one of url, s3, file and azureblob, not " + sources);
		ImportJobType sourceType = (url != null) ? ImportJobType.URL : (s3 != null) ? ImportJobType.S3
				: (file != null) ? ImportJobType.FILE : ImportJobType.AZURE_BLOB;
		Arguments.check(type.equals(sourceType), "type",
				"'" + sourceType + "' to import from " + sourceType + ", not '" + type + "'");
	}

	/**
	 * Import a file the service downloads from a URL.
	 * @param url the file's URL, reachable without credentials
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @return the request
	 * @throws IllegalArgumentException if an argument is missing or blank
	 */
	public static ImportJobRequest fromUrl(String url, DataJobFormat format, String table) {
		Arguments.text(url, "url.url");
		return new ImportJobRequest(ImportJobType.URL, format, null, destination(format, table),
				new ImportUrlSource(url), null, null, null, null);
	}

	/**
	 * Import an object from an S3 bucket, read with the AWS credentials of an organization
	 * secret. For an S3-compatible service other than AWS, add
	 * {@link #withS3Endpoint(String)}.
	 * @param bucket the bucket's name, 1 to 512 characters
	 * @param filePath the object's key, 1 to 512 characters
	 * @param secretId the id of the organization secret with the credentials
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @return the request
	 * @throws IllegalArgumentException if an argument is missing or out of the document's
	 * bounds
	 */
	public static ImportJobRequest fromS3(String bucket, String filePath, String secretId, DataJobFormat format,
			String table) {
		Arguments.length(bucket, "s3.bucket", 1, 512);
		Arguments.length(filePath, "s3.file_path", 1, 512);
		Arguments.uuid(secretId, "s3.secret_id");
		return new ImportJobRequest(ImportJobType.S3, format, null, destination(format, table), null,
				new ImportS3Source(bucket, filePath, secretId, null), null, null, null);
	}

	/**
	 * Import a file uploaded to the organization, such as with
	 * {@link io.cratecloud.client.organizations.FilesClient#upload(String, java.nio.file.Path)}.
	 * {@link ImportJobsClient#createFromFile(String, String, java.nio.file.Path, DataJobFormat, String)}
	 * uploads and imports in one go.
	 * @param fileId the organization file's id
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @return the request
	 * @throws IllegalArgumentException if an argument is missing or the file id is not a
	 * UUID
	 */
	public static ImportJobRequest fromFile(String fileId, DataJobFormat format, String table) {
		Arguments.uuid(fileId, "file.id");
		return new ImportJobRequest(ImportJobType.FILE, format, null, destination(format, table), null, null,
				DataJobFile.of(fileId), null, null);
	}

	/**
	 * Import a blob from Azure Blob Storage, read with the Azure credentials of an
	 * organization secret.
	 * @param containerName the container's name, 1 to 512 characters
	 * @param blobName the blob's name, 1 to 512 characters
	 * @param secretId the id of the organization secret with the credentials
	 * @param format the format of the data
	 * @param table the table to write to, optionally with its schema ({@code schema.table})
	 * @return the request
	 * @throws IllegalArgumentException if an argument is missing or out of the document's
	 * bounds
	 */
	public static ImportJobRequest fromAzureBlob(String containerName, String blobName, String secretId,
			DataJobFormat format, String table) {
		Arguments.length(containerName, "azureblob.container_name", 1, 512);
		Arguments.length(blobName, "azureblob.blob_name", 1, 512);
		Arguments.uuid(secretId, "azureblob.secret_id");
		return new ImportJobRequest(ImportJobType.AZURE_BLOB, format, null, destination(format, table), null, null,
				null, new ImportAzureBlobSource(containerName, blobName, secretId), null);
	}

	/**
	 * Check the arguments every import has, before anything else happens: an upload must
	 * not be wasted on a request that cannot be sent.
	 * @param format the format of the data
	 * @param table the table to write to
	 * @return the destination
	 */
	static ImportJobDestination destination(DataJobFormat format, String table) {
		Arguments.required(format, "format");
		Arguments.text(table, "destination.table");
		return new ImportJobDestination(table, null, null);
	}

	/**
	 * Say how the data is compressed.
	 * @param compression the compression, such as {@link DataJobCompression#GZIP}
	 * @return a copy of this request with the compression
	 * @throws IllegalArgumentException if the compression is missing or does not match the
	 * document's pattern
	 */
	public ImportJobRequest withCompression(DataJobCompression compression) {
		return new ImportJobRequest(this.type, this.format, DataJobCompression.check(compression), this.destination,
				this.url, this.s3, this.file, this.azureblob, this.schema);
	}

	/**
	 * Say whether the table is created if it does not exist; the service creates it unless
	 * told otherwise.
	 * @param createTable whether to create the table
	 * @return a copy of this request with the setting
	 */
	public ImportJobRequest withCreateTable(boolean createTable) {
		return withDestination(new ImportJobDestination(this.destination.table(), createTable,
				this.destination.tableDefinition()));
	}

	/**
	 * Give the columns of the table to create, rather than let the service infer them from
	 * the data.
	 * @param columns the columns, at least one
	 * @return a copy of this request with the columns
	 * @throws IllegalArgumentException if there are no columns, or a column has no name or
	 * type
	 */
	public ImportJobRequest withTableDefinition(List<ImportTableColumn> columns) {
		Arguments.required(columns, "destination.table_definition");
		Arguments.check(!columns.isEmpty(), "destination.table_definition", "not empty");
		for (int i = 0; i < columns.size(); i++) {
			ImportTableColumn column = Arguments.required(columns.get(i), "destination.table_definition[" + i + "]");
			Arguments.text(column.name(), "destination.table_definition[" + i + "].name");
			Arguments.text(column.type(), "destination.table_definition[" + i + "].type");
		}
		return withDestination(new ImportJobDestination(this.destination.table(), this.destination.createTable(),
				List.copyOf(columns)));
	}

	/**
	 * Read from an S3-compatible service other than AWS.
	 * @param endpoint the service's URL
	 * @return a copy of this request with the endpoint
	 * @throws IllegalArgumentException if the endpoint is blank
	 * @throws IllegalStateException if this request does not import from S3
	 */
	public ImportJobRequest withS3Endpoint(String endpoint) {
		Arguments.text(endpoint, "s3.endpoint");
		ImportS3Source source = this.s3;
		if (source == null) {
			throw new IllegalStateException("Only an import from S3 has an s3.endpoint; this one imports from "
					+ this.type);
		}
		return new ImportJobRequest(this.type, this.format, this.compression, this.destination, this.url,
				new ImportS3Source(source.bucket(), source.filePath(), source.secretId(), endpoint), this.file,
				this.azureblob, this.schema);
	}

	/**
	 * Give a schema for the data. The document declares it as an object without describing
	 * its properties; it is sent as it is.
	 * @param schema the schema
	 * @return a copy of this request with the schema
	 */
	public ImportJobRequest withSchema(Map<String, Object> schema) {
		Arguments.required(schema, "schema");
		return new ImportJobRequest(this.type, this.format, this.compression, this.destination, this.url, this.s3,
				this.file, this.azureblob, Map.copyOf(schema));
	}

	private ImportJobRequest withDestination(ImportJobDestination destination) {
		return new ImportJobRequest(this.type, this.format, this.compression, destination, this.url, this.s3,
				this.file, this.azureblob, this.schema);
	}

}
