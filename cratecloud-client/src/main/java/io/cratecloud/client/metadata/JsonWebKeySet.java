package io.cratecloud.client.metadata;

import java.util.List;
import java.util.Map;

/**
 * The public keys that verify JSON Web Tokens CrateDB Cloud signs, as a JSON Web Key Set
 * (RFC 7517). Each key is kept as its JSON members, such as {@code kty}, {@code kid} and
 * {@code n}, ready for a JWT library.
 *
 * @param keys the keys
 */
public record JsonWebKeySet(List<Map<String, Object>> keys) {
}
