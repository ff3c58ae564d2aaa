package io.cratecloud.client.datajobs;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How far a data job has come, as the job reports it in {@code progress} and as
 * {@code GET .../import-jobs/{import_job_id}/progress/} reports it with each file.
 *
 * @param message what the job is doing or, once it failed, why
 * @param records how many records were processed
 * @param percent how much of the job is done, from 0 to 100
 * @param bytes how many bytes were processed
 * @param failedRecords how many records could not be processed
 * @param totalRecords how many records there are in all, when known
 * @param processedFiles how many files were processed
 * @param failedFiles how many files could not be processed
 * @param totalFiles how many files there are in all
 * @param files the progress of each file, reported only by the import job's progress
 * @param details further details, whose properties the document does not describe
 */
public record DataJobProgress(@Nullable String message, @Nullable Long records, @Nullable Double percent,
		@Nullable Long bytes, @Nullable Long failedRecords, @Nullable Long totalRecords, @Nullable Long processedFiles,
		@Nullable Long failedFiles, @Nullable Long totalFiles, @Nullable List<DataJobFileFeedback> files,
		@Nullable Map<String, Object> details) {
}
