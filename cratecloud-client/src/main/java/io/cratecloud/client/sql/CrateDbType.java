package io.cratecloud.client.sql;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The type of a column as CrateDB's HTTP endpoint reports it ({@code col_types}): a numeric
 * id, and for an array the type of its elements. Ids this version does not know are kept as
 * they are and named {@code "type <id>"}.
 *
 * @param id CrateDB's id of the type, such as {@code 4} for {@code text}
 * @param elementType the type of an array's elements, {@code null} for a type that is not an
 * array
 */
public record CrateDbType(int id, @Nullable CrateDbType elementType) {

	/** The id CrateDB gives every array type, beside the type of its elements. */
	public static final int ARRAY = 100;

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0, "null"),
			Map.entry(1, "not supported"), Map.entry(2, "char"), Map.entry(3, "boolean"), Map.entry(4, "text"),
			Map.entry(5, "ip"), Map.entry(6, "double precision"), Map.entry(7, "real"), Map.entry(8, "smallint"),
			Map.entry(9, "integer"), Map.entry(10, "bigint"), Map.entry(11, "timestamp with time zone"),
			Map.entry(12, "object"), Map.entry(13, "geo_point"), Map.entry(14, "geo_shape"),
			Map.entry(15, "timestamp without time zone"), Map.entry(16, "unchecked_object"), Map.entry(19, "regproc"),
			Map.entry(20, "time with time zone"), Map.entry(21, "oidvector"), Map.entry(22, "numeric"),
			Map.entry(23, "regclass"), Map.entry(24, "date"), Map.entry(25, "bit"), Map.entry(26, "json"),
			Map.entry(27, "character"), Map.entry(28, "float_vector"));

	/**
	 * A type that is not an array.
	 * @param id CrateDB's id of the type
	 * @return the type
	 */
	public static CrateDbType of(int id) {
		return new CrateDbType(id, null);
	}

	/**
	 * An array type.
	 * @param elementType the type of its elements
	 * @return the type
	 */
	public static CrateDbType arrayOf(CrateDbType elementType) {
		return new CrateDbType(ARRAY, elementType);
	}

	/**
	 * Whether this is an array type.
	 * @return {@code true} for an array
	 */
	public boolean isArray() {
		return this.elementType != null;
	}

	/**
	 * The type's name in CrateDB's SQL, such as {@code text} or {@code array(bigint)}.
	 * @return the name
	 */
	public String name() {
		CrateDbType element = this.elementType;
		if (element != null) {
			return "array(" + element.name() + ")";
		}
		String name = NAMES.get(this.id);
		return (name != null) ? name : "type " + this.id;
	}

	@Override
	public String toString() {
		return name();
	}

}
