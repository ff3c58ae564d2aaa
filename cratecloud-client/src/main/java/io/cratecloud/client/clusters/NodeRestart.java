package io.cratecloud.client.clusters;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a node restart: the Kubernetes status of the deleted pod, which is recreated.
 *
 * @param apiVersion the Kubernetes API version, such as {@code v1}
 * @param code the Kubernetes status code
 * @param kind the kind of object, such as {@code Pod}
 * @param status the outcome, such as {@code Success}
 */
public record NodeRestart(@JsonProperty("apiVersion") @Nullable String apiVersion, @Nullable Integer code,
		@Nullable String kind, @Nullable String status) {
}
