package io.cratecloud.test;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs what a cluster's SQL endpoint is sent on the PostgreSQL-protocol database a test seeded
 * the cluster with ({@link SqlBackend}), through JDBC ({@code java.sql} only: the PostgreSQL
 * driver is the test's, on its class path for its DataSource), and answers in CrateDB's
 * shapes: column types as CrateDB's type ids, values as CrateDB writes them in JSON, errors as
 * CrateDB's error codes.
 * <p>
 * One connection per request, closed after it, as the cluster's user; each statement may run
 * {@value #QUERY_TIMEOUT_SECONDS} seconds and answer {@value #MAX_ROWS} rows, so that a
 * statement gone wrong fails the test rather than hangs it.
 */
final class PostgresSql {

	/** The most rows a statement may answer; one more fails it. */
	static final int MAX_ROWS = 100_000;

	/** How long a statement may run before the driver cancels it. */
	static final int QUERY_TIMEOUT_SECONDS = 5;

	private static final int CONNECT_TIMEOUT_SECONDS = 5;

	/** A backstop behind the query timeout, for a server that stops answering altogether. */
	private static final int SOCKET_TIMEOUT_SECONDS = 30;

	/** CrateDB's default schema, which the endpoint takes when a request names none. */
	static final String DEFAULT_SCHEMA = "doc";

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Pattern RELATION_UNKNOWN = Pattern.compile("relation \"(.+)\" does not exist");

	private static final Pattern RELATION_EXISTS = Pattern.compile("relation \"(.+)\" already exists");

	private static final Pattern SCHEMA_UNKNOWN = Pattern.compile("schema \"(.+)\" does not exist");

	private static final Pattern COLUMN_UNKNOWN = Pattern.compile("column \"?([^\"]+)\"? does not exist");

	private final JsonMapper json;

	private final String clusterId;

	private final SqlBackend backend;

	private final String username;

	PostgresSql(JsonMapper json, String clusterId, SqlBackend backend, String username) {
		this.json = json;
		this.clusterId = clusterId;
		this.backend = backend;
		this.username = username;
	}

	/**
	 * Runs a statement once, with its arguments, and answers
	 * {@code {cols, col_types (with types), rows, rowcount, duration}}; a statement that
	 * answers no rows (an insert, an update, DDL) answers its row count, {@code cols} empty and
	 * {@code rows} one empty row, as CrateDB's {@code RestRowCountReceiver} does.
	 * @param placeholders the statement, its placeholders as JDBC takes them
	 * @param arguments the arguments in the order of the placeholders
	 * @param schema the default schema, or {@code null} for CrateDB's
	 * @param includeTypes whether to answer {@code col_types}
	 * @throws CrateDbError when the statement fails
	 */
	ObjectNode execute(SqlPlaceholders placeholders, List<JsonNode> arguments, @Nullable String schema,
			boolean includeTypes) {
		try (Connection connection = connect()) {
			useSchema(connection, schema);
			long start = System.nanoTime();
			try (PreparedStatement statement = connection.prepareStatement(placeholders.sql())) {
				statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
				// One more than answered, to tell a statement that has more.
				statement.setMaxRows(MAX_ROWS + 1);
				bind(connection, statement, arguments);
				ObjectNode result = this.json.createObjectNode();
				if (statement.execute()) {
					try (ResultSet resultSet = statement.getResultSet()) {
						rows(resultSet, result, includeTypes);
					}
				}
				else {
					result.putArray("cols");
					if (includeTypes) {
						result.putArray("col_types");
					}
					result.putArray("rows").addArray();
					result.put("rowcount", Math.max(statement.getUpdateCount(), 0));
				}
				result.put("duration", durationSince(start));
				return result;
			}
		}
		catch (SQLException ex) {
			throw error(ex);
		}
	}

	/**
	 * Runs a statement once per set of arguments, and answers
	 * {@code {cols: [], duration, results: [{rowcount}, ...]}}. A set the database refuses
	 * (a duplicate key, a value it cannot take) has {@code rowcount} {@code -2} and CrateDB's
	 * {@code error} object, and the others still run, as in CrateDB; a statement refused as
	 * such (invalid, an unknown table) or one that answers rows fails the whole request.
	 * @param placeholders the statement, its placeholders as JDBC takes them
	 * @param argumentSets the sets of arguments, each in the order of the placeholders
	 * @param schema the default schema, or {@code null} for CrateDB's
	 * @throws CrateDbError when the statement as such fails
	 */
	ObjectNode executeBulk(SqlPlaceholders placeholders, List<List<JsonNode>> argumentSets, @Nullable String schema) {
		ObjectNode result = this.json.createObjectNode();
		result.putArray("cols");
		ArrayNode results = this.json.createArrayNode();
		long start = System.nanoTime();
		if (!argumentSets.isEmpty()) {
			try (Connection connection = connect()) {
				useSchema(connection, schema);
				start = System.nanoTime();
				try (PreparedStatement statement = connection.prepareStatement(placeholders.sql())) {
					statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
					for (List<JsonNode> arguments : argumentSets) {
						ObjectNode entry = results.addObject();
						try {
							statement.clearParameters();
							bind(connection, statement, arguments);
							if (statement.execute()) {
								throw new CrateDbError(400, 4004, "UnsupportedFeatureException",
										"Bulk operations for statements that return result sets is not supported");
							}
							entry.put("rowcount", Math.max(statement.getUpdateCount(), 0));
						}
						catch (SQLException ex) {
							if (failsTheStatement(ex)) {
								throw ex;
							}
							CrateDbError error = error(ex);
							entry.put("rowcount", -2);
							entry.putObject("error").put("code", error.code()).put("message", error.getMessage());
						}
					}
				}
			}
			catch (SQLException ex) {
				throw error(ex);
			}
		}
		result.put("duration", durationSince(start));
		result.set("results", results);
		return result;
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.username);
		if (this.backend.password() != null) {
			properties.setProperty("password", this.backend.password());
		}
		// A database the test runs on this machine, which the DataSource reaches without TLS too.
		properties.setProperty("sslmode", "disable");
		// Strings bound as untyped, as CrateDB takes its arguments: PostgreSQL infers their type
		// from the statement ('1979-10-12' compared with a date is a date), which the driver's
		// default, varchar, would not let it.
		properties.setProperty("stringtype", "unspecified");
		properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
		properties.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
		properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
		properties.setProperty("ApplicationName", "fake CrateDB Cloud, cluster " + this.clusterId);
		return DriverManager.getConnection(this.backend.jdbcUrl(), properties);
	}

	/**
	 * Maps CrateDB's default schema onto PostgreSQL's search path: {@code doc} (the default)
	 * searches a schema {@code doc}, should the database have one, then {@code public}, where
	 * PostgreSQL puts what is created without a schema (what the test's DataSource creates
	 * too); any other schema is searched alone, as CrateDB finds unqualified names in the
	 * default schema only.
	 */
	private static void useSchema(Connection connection, @Nullable String schema) throws SQLException {
		String searchPath = (schema == null || schema.isEmpty() || schema.equals(DEFAULT_SCHEMA))
				? quoteIdentifier(DEFAULT_SCHEMA) + ", public" : quoteIdentifier(schema);
		// Bound, not written into the statement: the schema comes from a request header.
		try (PreparedStatement set = connection.prepareStatement("select set_config('search_path', ?, false)")) {
			set.setString(1, searchPath);
			set.executeQuery().close();
		}
	}

	private static String quoteIdentifier(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private void bind(Connection connection, PreparedStatement statement, List<JsonNode> arguments)
			throws SQLException {
		for (int i = 0; i < arguments.size(); i++) {
			JsonNode argument = arguments.get(i);
			int index = i + 1;
			if (argument == null || argument.isNull()) {
				statement.setNull(index, Types.NULL);
			}
			else if (argument.isBoolean()) {
				statement.setBoolean(index, argument.booleanValue());
			}
			else if (argument.isIntegralNumber()) {
				if (argument.canConvertToInt()) {
					statement.setInt(index, argument.intValue());
				}
				else if (argument.canConvertToLong()) {
					statement.setLong(index, argument.longValue());
				}
				else {
					statement.setBigDecimal(index, new BigDecimal(argument.bigIntegerValue()));
				}
			}
			else if (argument.isBigDecimal()) {
				statement.setBigDecimal(index, argument.decimalValue());
			}
			else if (argument.isNumber()) {
				statement.setDouble(index, argument.doubleValue());
			}
			else if (argument.isString()) {
				statement.setString(index, argument.asString());
			}
			else if (argument.isArray()) {
				String elementType = arrayElementType(argument);
				statement.setArray(index, connection.createArrayOf(elementType, arrayElements(argument, elementType)));
			}
			else {
				// An object: its JSON, untyped, for PostgreSQL to take as the json or jsonb it is
				// compared with or stored in.
				statement.setObject(index, this.json.writeValueAsString(argument), Types.OTHER);
			}
		}
	}

	/**
	 * The PostgreSQL type of an array argument's elements: {@code bigint},
	 * {@code double precision} or {@code boolean} when all are of that kind, else {@code text}.
	 */
	private static String arrayElementType(JsonNode array) {
		List<JsonNode> leaves = new ArrayList<>();
		leaves(array, leaves);
		if (!leaves.isEmpty() && leaves.stream().allMatch(JsonNode::isIntegralNumber)) {
			return "int8";
		}
		if (!leaves.isEmpty() && leaves.stream().allMatch(JsonNode::isNumber)) {
			return "float8";
		}
		if (!leaves.isEmpty() && leaves.stream().allMatch(JsonNode::isBoolean)) {
			return "bool";
		}
		return "text";
	}

	private static void leaves(JsonNode array, List<JsonNode> leaves) {
		for (JsonNode element : array) {
			if (element.isArray()) {
				leaves(element, leaves);
			}
			else if (!element.isNull()) {
				leaves.add(element);
			}
		}
	}

	private Object[] arrayElements(JsonNode array, String elementType) {
		Object[] elements = new Object[array.size()];
		for (int i = 0; i < elements.length; i++) {
			JsonNode element = array.get(i);
			if (element.isArray()) {
				elements[i] = arrayElements(element, elementType);
			}
			else if (element.isNull()) {
				elements[i] = null;
			}
			else {
				elements[i] = switch (elementType) {
					case "int8" -> element.longValue();
					case "float8" -> element.doubleValue();
					case "bool" -> element.booleanValue();
					default -> element.isString() ? element.asString() : this.json.writeValueAsString(element);
				};
			}
		}
		return elements;
	}

	private void rows(ResultSet resultSet, ObjectNode result, boolean includeTypes) throws SQLException {
		ResultSetMetaData metaData = resultSet.getMetaData();
		int columns = metaData.getColumnCount();
		String[] types = new String[columns + 1];
		ArrayNode cols = result.putArray("cols");
		ArrayNode colTypes = includeTypes ? result.putArray("col_types") : null;
		for (int column = 1; column <= columns; column++) {
			cols.add(metaData.getColumnLabel(column));
			types[column] = metaData.getColumnTypeName(column);
			if (colTypes != null) {
				colTypes.add(crateTypeId(types[column]));
			}
		}
		ArrayNode rows = result.putArray("rows");
		int count = 0;
		while (resultSet.next()) {
			if (++count > MAX_ROWS) {
				throw new CrateDbError(500, 5000, "CircuitBreakingException", "The fake answers at most " + MAX_ROWS
						+ " rows for a statement, and this one has more: add a LIMIT");
			}
			ArrayNode row = rows.addArray();
			for (int column = 1; column <= columns; column++) {
				row.add(value(resultSet, column, types[column]));
			}
		}
		result.put("rowcount", count);
	}

	/**
	 * CrateDB's type id for a PostgreSQL type ({@code pg_type.typname}; arrays start with
	 * {@code _}), as CrateDB's {@code col_types} has it: an array is {@code [100, inner]}.
	 * Types without a CrateDB counterpart the fake maps (time, interval, uuid, bytea, ...)
	 * are text ({@code 4}), their values as PostgreSQL writes them.
	 */
	static JsonNode crateTypeId(String pgType) {
		if (pgType.startsWith("_")) {
			ArrayNode array = NODES.arrayNode();
			array.add(100);
			array.add(crateTypeId(pgType.substring(1)));
			return array;
		}
		int id = switch (pgType) {
			case "void" -> 0;
			case "bool" -> 3;
			case "inet" -> 5;
			case "float8" -> 6;
			case "float4" -> 7;
			case "int2" -> 8;
			case "int4" -> 9;
			case "int8" -> 10;
			case "timestamptz" -> 11;
			// PostgreSQL's json is what CrateDB keeps in an object column.
			case "json", "jsonb" -> 12;
			case "timestamp" -> 15;
			case "numeric" -> 22;
			case "date" -> 24;
			case "bpchar" -> 27;
			default -> 4;
		};
		return NODES.numberNode(id);
	}

	/**
	 * A value as CrateDB writes it: timestamps and dates as milliseconds since the epoch
	 * (a timestamp without time zone as if in UTC, as CrateDB keeps it), objects as JSON,
	 * arrays as JSON arrays, numbers as numbers, anything else as PostgreSQL writes it.
	 */
	private JsonNode value(ResultSet resultSet, int column, String pgType) throws SQLException {
		if (pgType.startsWith("_")) {
			Array array = resultSet.getArray(column);
			if (array == null) {
				return NODES.nullNode();
			}
			try {
				return arrayValue((Object[]) array.getArray(), pgType.substring(1));
			}
			finally {
				array.free();
			}
		}
		try {
			JsonNode value = switch (pgType) {
				case "bool" -> {
					boolean bool = resultSet.getBoolean(column);
					yield resultSet.wasNull() ? null : NODES.booleanNode(bool);
				}
				case "int2", "int4" -> {
					int number = resultSet.getInt(column);
					yield resultSet.wasNull() ? null : NODES.numberNode(number);
				}
				case "int8" -> {
					long number = resultSet.getLong(column);
					yield resultSet.wasNull() ? null : NODES.numberNode(number);
				}
				case "float4" -> {
					float number = resultSet.getFloat(column);
					yield resultSet.wasNull() ? null : NODES.numberNode(number);
				}
				case "float8" -> {
					double number = resultSet.getDouble(column);
					yield resultSet.wasNull() ? null : NODES.numberNode(number);
				}
				case "numeric" -> {
					BigDecimal number = resultSet.getBigDecimal(column);
					yield (number != null) ? NODES.numberNode(number) : null;
				}
				case "timestamptz" -> {
					Timestamp timestamp = resultSet.getTimestamp(column);
					yield (timestamp != null) ? NODES.numberNode(timestamp.getTime()) : null;
				}
				case "timestamp" -> {
					LocalDateTime timestamp = resultSet.getObject(column, LocalDateTime.class);
					yield (timestamp != null) ? NODES.numberNode(timestamp.toInstant(ZoneOffset.UTC).toEpochMilli())
							: null;
				}
				case "date" -> {
					LocalDate date = resultSet.getObject(column, LocalDate.class);
					yield (date != null) ? NODES.numberNode(Math.multiplyExact(date.toEpochDay(), MILLIS_PER_DAY))
							: null;
				}
				case "json", "jsonb" -> {
					String text = resultSet.getString(column);
					yield (text != null) ? this.json.readTree(text) : null;
				}
				default -> text(resultSet.getString(column));
			};
			return (value != null) ? value : NODES.nullNode();
		}
		catch (ArithmeticException | DateTimeException | JacksonException ex) {
			// Beyond what milliseconds hold ('infinity'), or not JSON after all: as PostgreSQL
			// writes it.
			return text(resultSet.getString(column));
		}
	}

	private JsonNode arrayValue(Object[] elements, String pgType) {
		ArrayNode array = NODES.arrayNode();
		for (Object element : elements) {
			array.add(element(element, pgType));
		}
		return array;
	}

	private JsonNode element(@Nullable Object element, String pgType) {
		if (element == null) {
			return NODES.nullNode();
		}
		if (element instanceof Object[] nested) {
			return arrayValue(nested, pgType);
		}
		try {
			if (element instanceof Boolean bool) {
				return NODES.booleanNode(bool);
			}
			if (element instanceof Short || element instanceof Integer || element instanceof Long) {
				return NODES.numberNode(((Number) element).longValue());
			}
			if (element instanceof Float number) {
				return NODES.numberNode(number.floatValue());
			}
			if (element instanceof Double number) {
				return NODES.numberNode(number.doubleValue());
			}
			if (element instanceof BigDecimal number) {
				return NODES.numberNode(number);
			}
			if (element instanceof Timestamp timestamp) {
				// The driver reads both in the JVM's time zone: an instant for timestamptz, the
				// written date and time for timestamp.
				return NODES.numberNode(pgType.equals("timestamptz") ? timestamp.getTime()
						: timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli());
			}
			if (element instanceof java.sql.Date date) {
				return NODES.numberNode(Math.multiplyExact(date.toLocalDate().toEpochDay(), MILLIS_PER_DAY));
			}
			return (pgType.equals("json") || pgType.equals("jsonb")) ? this.json.readTree(element.toString())
					: text(element.toString());
		}
		catch (ArithmeticException | DateTimeException | JacksonException ex) {
			return text(element.toString());
		}
	}

	private static JsonNode text(@Nullable String text) {
		return (text != null) ? NODES.stringNode(text) : NODES.nullNode();
	}

	private static float durationSince(long start) {
		return (float) ((System.nanoTime() - start) / 1_000_000.0);
	}

	/**
	 * Whether a failure is the statement's as such, which CrateDB finds before it runs the
	 * statement for any set of arguments (invalid SQL, an unknown table or column, a feature
	 * it lacks), or the connection's, rather than one set of arguments'.
	 */
	private static boolean failsTheStatement(SQLException ex) {
		String state = sqlState(ex);
		return state.startsWith("42") || state.startsWith("0A") || state.startsWith("3F") || state.startsWith("08")
				|| state.startsWith("57");
	}

	/**
	 * CrateDB's answer to what PostgreSQL reports, by SQLSTATE: its status, error code and
	 * exception ({@code io.crate.rest.action.HttpError#fromThrowable}, {@code HttpErrorStatus}),
	 * with CrateDB's wording where PostgreSQL's says the same.
	 */
	CrateDbError error(SQLException ex) {
		String state = sqlState(ex);
		String message = message(ex);
		if (message.startsWith("No suitable driver")) {
			return new CrateDbError(500, 5000, "UnhandledServerException", "The fake runs a cluster's SQL on "
					+ "PostgreSQL through JDBC, and finds no driver for " + this.backend.jdbcUrl()
					+ ": put org.postgresql:postgresql on the test's class path");
		}
		return switch (state) {
			case "42601" -> new CrateDbError(400, 4000, "SQLParseException", message);
			case "42P01" -> new CrateDbError(404, 4041, "RelationUnknown", reworded(message, RELATION_UNKNOWN,
					"Relation '%s' unknown"));
			case "3F000" -> new CrateDbError(404, 4045, "SchemaUnknownException", reworded(message, SCHEMA_UNKNOWN,
					"Schema '%s' unknown"));
			case "42703" -> new CrateDbError(404, 4043, "ColumnUnknownException", reworded(message, COLUMN_UNKNOWN,
					"Column %s unknown"));
			case "42P07" -> new CrateDbError(409, 4093, "RelationAlreadyExists", reworded(message, RELATION_EXISTS,
					"Relation '%s' already exists."));
			// CrateDB's words for any duplicate key (SQLExceptions#esToCrateException).
			case "23505" -> new CrateDbError(409, 4091, "DuplicateKeyException",
					"A document with the same primary key exists already");
			case "42883" -> new CrateDbError(400, 4004, "UnsupportedFunctionException", message);
			case "0A000" -> new CrateDbError(400, 4004, "UnsupportedFeatureException", message);
			case "42501" -> new CrateDbError(401, 4011, "MissingPrivilegeException", message);
			// The query timeout, which cancels the statement as CrateDB's KILL would.
			case "57014" -> new CrateDbError(500, 5005, "JobKilledException", "Job killed. " + message
					+ " (the fake's statement timeout is " + QUERY_TIMEOUT_SECONDS + " seconds)");
			default -> {
				if (state.startsWith("42") || state.startsWith("22") || state.startsWith("23")) {
					// Other statements CrateDB cannot analyse, and values it cannot take: an
					// IllegalArgumentException, which CrateDB answers as SQLParseException.
					yield new CrateDbError(400, 4000, "SQLParseException", message);
				}
				if (state.startsWith("08")) {
					yield new CrateDbError(503, 5030, "ServiceUnavailableException", "The fake cannot reach the "
							+ "database behind cluster " + this.clusterId + " (" + this.backend + "): " + message);
				}
				if (state.startsWith("28")) {
					yield new CrateDbError(500, 5000, "UnhandledServerException", "The fake cannot log in to the "
							+ "database behind cluster " + this.clusterId + " (" + this.backend + ") as '"
							+ this.username + "': " + message + "; seed the cluster's username(...) and "
							+ "sqlPassword(...) as the database has them");
				}
				yield new CrateDbError(500, 5000, "UnhandledServerException", message);
			}
		};
	}

	private static String sqlState(SQLException ex) {
		return (ex.getSQLState() != null) ? ex.getSQLState().toUpperCase(Locale.ROOT) : "";
	}

	/**
	 * The server's message without the driver's severity and position lines:
	 * {@code ERROR: relation "t" does not exist\n  Position: 15} is
	 * {@code relation "t" does not exist}.
	 */
	private static String message(SQLException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		int newline = message.indexOf('\n');
		if (newline >= 0) {
			message = message.substring(0, newline);
		}
		for (String severity : List.of("ERROR: ", "FATAL: ")) {
			if (message.startsWith(severity)) {
				return message.substring(severity.length()).trim();
			}
		}
		return message.trim();
	}

	private static String reworded(String message, Pattern postgres, String crateDb) {
		Matcher matcher = postgres.matcher(message);
		return matcher.matches() ? String.format(Locale.ROOT, crateDb, matcher.group(1)) : message;
	}

}
