package io.cratecloud.client.datajobs;

import io.cratecloud.client.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Which of its files the progress of an import job lists
 * ({@link ImportJobsClient#getProgress(String, String, ImportJobProgressQuery)}). Start from
 * {@link #serviceDefault()} and narrow it with the {@code with} methods.
 *
 * @param offset how many files to skip, at least 0, sent as {@code offset}; {@code null} for
 * none
 * @param limit how many files to list, at least 1, sent as {@code limit}; {@code null} for
 * as many as the service lists by default
 * @param allFiles whether to list every file ({@code limit=ALL}); not with {@code limit}
 */
public record ImportJobProgressQuery(@Nullable Integer offset, @Nullable Integer limit, boolean allFiles) {

	private static final ImportJobProgressQuery SERVICE_DEFAULT = new ImportJobProgressQuery(null, null, false);

	/**
	 * Create a query.
	 * @param offset how many files to skip, or {@code null}
	 * @param limit how many files to list, or {@code null}
	 * @param allFiles whether to list every file
	 * @throws IllegalArgumentException if the offset is negative, the limit below 1, or both
	 * a limit and every file are asked for
	 */
	public ImportJobProgressQuery {
		if (offset != null) {
			Arguments.between(offset, "offset", 0, Integer.MAX_VALUE);
		}
		if (limit != null) {
			Arguments.between(limit, "limit", 1, Integer.MAX_VALUE);
			Arguments.check(!allFiles, "limit", "left unset when every file is asked for");
		}
	}

	/**
	 * As many files as the service lists by default.
	 * @return the query
	 */
	public static ImportJobProgressQuery serviceDefault() {
		return SERVICE_DEFAULT;
	}

	/**
	 * This query, skipping files.
	 * @param offset how many files to skip, at least 0
	 * @return a new query
	 */
	public ImportJobProgressQuery withOffset(int offset) {
		return new ImportJobProgressQuery(offset, this.limit, this.allFiles);
	}

	/**
	 * This query, listing at most some files.
	 * @param limit how many files to list, at least 1
	 * @return a new query
	 */
	public ImportJobProgressQuery withLimit(int limit) {
		return new ImportJobProgressQuery(this.offset, limit, false);
	}

	/**
	 * This query, listing every file ({@code limit=ALL}).
	 * @return a new query
	 */
	public ImportJobProgressQuery withAllFiles() {
		return new ImportJobProgressQuery(this.offset, null, true);
	}

}
