package io.cratecloud.client.datajobs;

import org.jspecify.annotations.Nullable;

/**
 * What an export job writes: the format it is asked for and, once the service has set it
 * up, the organization file that holds the result.
 *
 * @param format the format of the exported data
 * @param file the organization file the data is written to; set by the service, never
 * sent
 */
public record ExportJobDestination(DataJobFormat format, @Nullable DataJobFile file) {
}
