package io.cratecloud.client.datajobs;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * What to export from a cluster, for
 * {@link ExportJobsClient#create(String, ExportJobRequest)}: a table, in a format,
 * optionally compressed.
 * <pre class="code">
 * ExportJobRequest request = ExportJobRequest.of("doc.sensors", DataJobFormat.PARQUET);
 * </pre>
 *
 * @param source the table to export
 * @param destination the format to write; its {@code file} is set by the service and must
 * be {@code null}
 * @param compression how to compress the exported data, or {@code null} for none
 */
public record ExportJobRequest(ExportJobSource source, ExportJobDestination destination,
		@Nullable DataJobCompression compression) {

	/**
	 * Create a request; prefer {@link #of(String, DataJobFormat)}, which checks each field.
	 * @param source the table to export
	 * @param destination the format to write, without a file
	 * @param compression how to compress the exported data, or {@code null}
	 * @throws IllegalArgumentException if a required field is missing or the destination
	 * names a file
	 */
	public ExportJobRequest {
		Arguments.required(source, "source");
		Arguments.required(destination, "destination");
		Arguments.check(destination.file() == null, "destination.file", "left to the service, which sets it");
	}

	/**
	 * Export a table.
	 * @param table the table, optionally with its schema ({@code schema.table}), 1 to 512
	 * characters
	 * @param format the format to write
	 * @return the request
	 * @throws IllegalArgumentException if an argument is missing or out of the document's
	 * bounds
	 */
	public static ExportJobRequest of(String table, DataJobFormat format) {
		Arguments.length(table, "source.table", 1, 512);
		Arguments.required(format, "destination.format");
		Arguments.length(format.value(), "destination.format", 1, 512);
		Arguments.matches(format.value(), "destination.format", DataJobCompression.PATTERN,
				DataJobCompression.PATTERN_DESCRIPTION);
		return new ExportJobRequest(new ExportJobSource(table), new ExportJobDestination(format, null), null);
	}

	/**
	 * Compress the exported data.
	 * @param compression the compression, such as {@link DataJobCompression#GZIP}
	 * @return a copy of this request with the compression
	 * @throws IllegalArgumentException if the compression is missing or does not match the
	 * document's pattern
	 */
	public ExportJobRequest withCompression(DataJobCompression compression) {
		return new ExportJobRequest(this.source, this.destination, DataJobCompression.check(compression));
	}

}
