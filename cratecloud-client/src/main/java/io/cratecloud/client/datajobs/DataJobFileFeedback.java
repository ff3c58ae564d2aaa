package io.cratecloud.client.datajobs;

import org.jspecify.annotations.Nullable;

/**
 * How far an import job has come with one of the files it reads.
 *
 * @param name the file's name
 * @param records how many records of the file were processed
 * @param status where the file stands, as the service words it
 * @param message what happened to the file, such as why it failed
 * @param percent how much of the file is done, from 0 to 100
 * @param bytes how many bytes of the file were processed
 * @param failedRecords how many records of the file could not be processed
 * @param totalRecords how many records the file holds, when known
 */
public record DataJobFileFeedback(String name, long records, String status, @Nullable String message,
		@Nullable Double percent, @Nullable Long bytes, @Nullable Long failedRecords, @Nullable Long totalRecords) {
}
