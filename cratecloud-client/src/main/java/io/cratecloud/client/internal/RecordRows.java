package io.cratecloud.client.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;

/**
 * Reads rows of a SQL result into a record through its canonical constructor, as Spring's
 * {@code DataClassRowMapper} binds a row: each component from the column of the same name
 * ({@code takenAt} from {@code taken_at}, in any case), values JSON gave in the component's
 * type passed as they are, numbers narrowed only when they fit, timestamps from CrateDB's epoch
 * milliseconds, and anything else converted by Jackson. A component without a column is
 * {@code null} (zero for a primitive). The record's shape is looked at once per type.
 *
 * @param <T> the record
 */
final class RecordRows<T> {

	private static final ClassValue<RecordRows<?>> SHAPES = new ClassValue<>() {

		@Override
		protected RecordRows<?> computeValue(Class<?> type) {
			return new RecordRows<>(type);
		}

	};

	private final Constructor<T> constructor;

	private final String[] names;

	private final Class<?>[] rawTypes;

	private final java.lang.reflect.Type[] genericTypes;

	/** The element class of a component that is a {@code List} of a class, else {@code null}. */
	private final @Nullable Class<?>[] listElements;

	/** Whether the constructor may be called directly: Spring has opened it once. */
	private volatile boolean opened;

	private RecordRows(Class<T> type) {
		RecordComponent[] components = type.getRecordComponents();
		this.names = new String[components.length];
		this.rawTypes = new Class<?>[components.length];
		this.genericTypes = new java.lang.reflect.Type[components.length];
		this.listElements = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			this.names[i] = normalized(components[i].getName());
			this.rawTypes[i] = components[i].getType();
			this.genericTypes[i] = components[i].getGenericType();
			if (this.rawTypes[i] == List.class && this.genericTypes[i] instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element) {
				this.listElements[i] = element;
			}
		}
		// Spring's own way to a data class's constructor, which DataClassRowMapper uses too.
		this.constructor = BeanUtils.getResolvableConstructor(type);
	}

	/**
	 * The reader of a record type.
	 * @param <T> the record
	 * @param type the record
	 * @return its reader
	 */
	@SuppressWarnings("unchecked")
	static <T> RecordRows<T> of(Class<T> type) {
		return (RecordRows<T>) SHAPES.get(type);
	}

	/**
	 * Read rows.
	 * @param columns the columns' names
	 * @param rows the rows, as JSON read them
	 * @param mapper the mapper for values that need converting
	 * @param into where each record goes
	 * @throws RowException if a row cannot be read, naming the column
	 */
	void read(List<String> columns, List<List<@Nullable Object>> rows, JsonMapper mapper, List<T> into) {
		int[] columnOf = new int[this.names.length];
		Map<String, Integer> byName = new HashMap<>();
		for (int c = columns.size() - 1; c >= 0; c--) {
			byName.put(normalized(columns.get(c)), c);
		}
		JavaType[] javaTypes = new JavaType[this.names.length];
		for (int i = 0; i < this.names.length; i++) {
			Integer column = byName.get(this.names[i]);
			columnOf[i] = (column != null) ? column : -1;
		}
		Object[] arguments = new Object[this.names.length];
		for (int r = 0; r < rows.size(); r++) {
			List<@Nullable Object> row = rows.get(r);
			for (int i = 0; i < arguments.length; i++) {
				int column = columnOf[i];
				Object value = (column >= 0 && column < row.size()) ? row.get(column) : null;
				try {
					arguments[i] = value(value, i, javaTypes, mapper);
				}
				catch (RuntimeException ex) {
					throw new RowException(r, (column >= 0) ? columns.get(column) : this.names[i], ex);
				}
			}
			into.add(construct(arguments, r));
		}
	}

	private @Nullable Object value(@Nullable Object value, int component, JavaType[] javaTypes, JsonMapper mapper) {
		Class<?> target = this.rawTypes[component];
		if (value == null) {
			return target.isPrimitive() ? defaultValue(target) : null;
		}
		Class<?> boxed = target.isPrimitive() ? box(target) : target;
		if (boxed.isInstance(value) && this.genericTypes[component] instanceof Class) {
			return value;
		}
		if (value instanceof Number number) {
			Object converted = number(number, boxed);
			if (converted != null) {
				return converted;
			}
		}
		Class<?> element = this.listElements[component];
		if (element != null && value instanceof List<?> list && allInstances(list, element)) {
			return value;
		}
		if (target.isRecord() && value instanceof Map<?, ?> object) {
			// A nested object, such as CrateDB's OBJECT column, read into a record the same way.
			return RecordRows.of(target).fromMap(object, mapper);
		}
		JavaType javaType = javaTypes[component];
		if (javaType == null) {
			javaType = mapper.constructType(this.genericTypes[component]);
			javaTypes[component] = javaType;
		}
		return mapper.convertValue(value, javaType);
	}

	/**
	 * Read a JSON object into the record, each component from the key of its name.
	 */
	private T fromMap(Map<?, ?> object, JsonMapper mapper) {
		JavaType[] javaTypes = new JavaType[this.names.length];
		Object[] arguments = new Object[this.names.length];
		for (int i = 0; i < arguments.length; i++) {
			Object value = null;
			for (Map.Entry<?, ?> entry : object.entrySet()) {
				if (entry.getKey() instanceof String key && sameName(key, this.names[i])) {
					value = entry.getValue();
					break;
				}
			}
			arguments[i] = value(value, i, javaTypes, mapper);
		}
		return construct(arguments);
	}

	/**
	 * Whether a key is a component's name, underscores and case aside, without making a
	 * normalized copy of each key of each row.
	 */
	private static boolean sameName(String key, String normalizedName) {
		int n = 0;
		for (int k = 0; k < key.length(); k++) {
			char c = key.charAt(k);
			if (c == '_') {
				continue;
			}
			if (n == normalizedName.length() || Character.toLowerCase(c) != normalizedName.charAt(n)) {
				return false;
			}
			n++;
		}
		return n == normalizedName.length();
	}

	private static boolean allInstances(List<?> list, Class<?> element) {
		for (Object item : list) {
			if (item != null && !element.isInstance(item)) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Object number(Number number, Class<?> target) {
		if (target == Long.class) {
			return (number instanceof Integer || number instanceof Long || number instanceof Short) ? number.longValue()
					: null;
		}
		if (target == Integer.class) {
			return (number instanceof Integer || number instanceof Short) ? number.intValue()
					: (number instanceof Long value) ? Math.toIntExact(value) : null;
		}
		if (target == Double.class) {
			return number.doubleValue();
		}
		if (target == Float.class) {
			return number.floatValue();
		}
		if (target == BigDecimal.class) {
			return (number instanceof BigDecimal) ? number : new BigDecimal(number.toString());
		}
		if (target == BigInteger.class) {
			return (number instanceof Integer || number instanceof Long) ? BigInteger.valueOf(number.longValue()) : null;
		}
		if (target == Instant.class) {
			// CrateDB's timestamps: milliseconds since the epoch.
			return (number instanceof Integer || number instanceof Long) ? Instant.ofEpochMilli(number.longValue())
					: null;
		}
		return null;
	}

	private T construct(Object[] arguments, int row) {
		try {
			return construct(arguments);
		}
		catch (RuntimeException ex) {
			throw new RowException(row, null, ex);
		}
	}

	/**
	 * Call the canonical constructor: through Spring's {@code BeanUtils} the first time, which
	 * opens the constructor of a record that is not public as Spring does for any data class,
	 * and directly from then on, without the copies {@code BeanUtils} makes on every call.
	 */
	private T construct(Object[] arguments) {
		if (this.opened) {
			try {
				return this.constructor.newInstance(arguments);
			}
			catch (InvocationTargetException ex) {
				throw new BeanInstantiationException(this.constructor, "Constructor threw exception",
						ex.getTargetException());
			}
			catch (ReflectiveOperationException ex) {
				// Not opened after all: Spring's way below says why.
			}
		}
		T instance = BeanUtils.instantiateClass(this.constructor, arguments);
		this.opened = true;
		return instance;
	}

	private static String normalized(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

	private static Object defaultValue(Class<?> primitive) {
		if (primitive == boolean.class) {
			return false;
		}
		if (primitive == char.class) {
			return '\0';
		}
		if (primitive == long.class) {
			return 0L;
		}
		if (primitive == double.class) {
			return 0.0d;
		}
		if (primitive == float.class) {
			return 0.0f;
		}
		if (primitive == short.class) {
			return (short) 0;
		}
		if (primitive == byte.class) {
			return (byte) 0;
		}
		return 0;
	}

	private static Class<?> box(Class<?> primitive) {
		return org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(primitive);
	}

	/**
	 * A row that cannot be read into the record.
	 */
	static final class RowException extends RuntimeException {

		private final int row;

		private final @Nullable String column;

		RowException(int row, @Nullable String column, Throwable cause) {
			super(null, cause, false, false);
			this.row = row;
			this.column = column;
		}

		int row() {
			return this.row;
		}

		@Nullable String column() {
			return this.column;
		}

	}

}
