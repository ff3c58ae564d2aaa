package io.cratecloud.client.datajobs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.cratecloud.client.Arguments;

/**
 * Where an import job reads its data from, such as {@code url}. The constants name the
 * sources the service knows; any other value it sends is kept as it is.
 *
 * @param value the type as the API writes it
 */
public record ImportJobType(@JsonValue String value) {

	/** A file at a public URL. */
	public static final ImportJobType URL = new ImportJobType("url");

	/** An object in an S3 bucket, read with an organization secret. */
	public static final ImportJobType S3 = new ImportJobType("s3");

	/** A file uploaded to the organization. */
	public static final ImportJobType FILE = new ImportJobType("file");

	/** A blob in Azure Blob Storage, read with an organization secret. */
	public static final ImportJobType AZURE_BLOB = new ImportJobType("azureblob");

	/**
	 * Create an import job type.
	 * @param value the type as the API writes it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ImportJobType {
		Arguments.required(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
