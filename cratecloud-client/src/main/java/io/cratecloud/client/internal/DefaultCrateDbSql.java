package io.cratecloud.client.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cratecloud.client.ApiCall;
import io.cratecloud.client.Arguments;
import io.cratecloud.client.CrateCloudTimeoutException;
import io.cratecloud.client.CrateCloudTransportException;
import io.cratecloud.client.CrateCloudUnexpectedResponseException;
import io.cratecloud.client.sql.CrateDbSql;
import io.cratecloud.client.sql.CrateDbSqlException;
import io.cratecloud.client.sql.CrateDbType;
import io.cratecloud.client.sql.SqlResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The {@link CrateDbSql} of one cluster on the shared transport: each statement is one
 * {@code POST <cluster url>/_sql?types} with the cluster's token, within one call timeout that
 * covers the token's requests too.
 */
public final class DefaultCrateDbSql implements CrateDbSql {

	/** How failures name the request: the cluster's URL is not the API's. */
	static final String SQL_TEMPLATE = "{cluster_url}/_sql";

	private static final int STATEMENT_EXCERPT_LENGTH = 300;

	private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");

	private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

	private final CrateCloudTransport transport;

	private final ClusterSqlTokens tokens;

	private final String clusterId;

	private final JsonMapper rowMapper;

	private final String callPurpose;

	DefaultCrateDbSql(CrateCloudTransport transport, ClusterSqlTokens tokens, String clusterId, JsonMapper rowMapper) {
		this.transport = transport;
		this.tokens = tokens;
		this.clusterId = clusterId;
		this.rowMapper = rowMapper;
		this.callPurpose = "the SQL call on cluster " + clusterId;
	}

	@Override
	public String clusterId() {
		return this.clusterId;
	}

	@Override
	public StatementSpec sql(String statement) {
		Arguments.text(statement, "statement");
		return new Statement(statement);
	}

	private <T> T run(Statement statement, SqlStatement body, boolean idempotent, ApiRequest.BodyReader<T> reader) {
		long deadline = System.nanoTime() + this.transport.callTimeout().toNanos();
		return Deadlines.within(deadline, this.callPurpose, () -> {
			ClusterSqlTokens.Session session = this.tokens.current();
			try {
				return send(session, statement, body, idempotent, reader);
			}
			catch (CrateDbSqlException ex) {
				if (ex.getStatusCode() != HttpStatus.UNAUTHORIZED.value()) {
					throw ex;
				}
				// Refused before it ran: the statement is sent again, once, with a renewed token.
				return send(this.tokens.renewAfterRejection(session), statement, body, idempotent, reader);
			}
			catch (CrateCloudTransportException ex) {
				if (!(ex instanceof CrateCloudTimeoutException)) {
					// An endpoint that cannot be reached may have moved or been suspended.
					this.tokens.forget(session);
				}
				throw ex;
			}
		});
	}

	private <T> T send(ClusterSqlTokens.Session session, Statement statement, SqlStatement body, boolean idempotent,
			ApiRequest.BodyReader<T> reader) {
		String authorization = session.authorization();
		ApiRequest request = this.transport.postToCluster(session.sqlEndpoint(), SQL_TEMPLATE)
			.idempotent(idempotent)
			.observedOperation(statement.operation())
			.errorReader((call, status, headers, errorBody) -> error(session, statement.text, call, status, errorBody))
			.body(body);
		if (authorization != null) {
			request.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		if (statement.defaultSchema != null) {
			request.header("Default-Schema", statement.defaultSchema);
		}
		return request.retrieve(reader);
	}

	private CrateDbSqlException error(ClusterSqlTokens.Session session, String statement, ApiCall call,
			HttpStatusCode status, byte[] body) {
		JsonNode error = crateDbError(body);
		int code = (error != null && error.path("code").canConvertToInt()) ? error.path("code").asInt() : 0;
		String serverMessage = (error != null && error.path("message").isString())
				? hideTokens(error.path("message").asString()) : null;
		HttpStatus known = HttpStatus.resolve(status.value());
		StringBuilder message = new StringBuilder().append(call)
			.append(" (")
			.append(call.pathTemplate())
			.append(") on cluster '")
			.append(session.clusterName())
			.append("' (")
			.append(this.clusterId)
			.append(") answered ")
			.append(status.value());
		if (known != null) {
			message.append(' ').append(known.getReasonPhrase());
		}
		if (serverMessage != null) {
			message.append((code != 0) ? " with CrateDB error " + code : "").append(": ").append(serverMessage);
		}
		else {
			message.append(hideTokens(this.transport.excerpt(body)));
		}
		if (status.value() == HttpStatus.UNAUTHORIZED.value()) {
			message.append(" (the cluster refused its token, a renewed one included: the API key's user needs "
					+ "access to the cluster)");
		}
		message.append("; statement: ").append(excerpt(statement));
		return new CrateDbSqlException(message.toString(), call, status.value(), serverMessage, code, statement,
				this.clusterId);
	}

	private @Nullable JsonNode crateDbError(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				if (b != '{') {
					return null;
				}
				break;
			}
		}
		try {
			JsonNode error = this.transport.jsonMapper().readTree(body).get("error");
			return (error != null && error.isObject()) ? error : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Hides anything shaped like a JSON Web Token, the cluster's own included. */
	private static String hideTokens(String text) {
		return (text.indexOf("eyJ") >= 0) ? JWT.matcher(text).replaceAll("******") : text;
	}

	/**
	 * The statement as a message shows it: its string literals hidden, since a statement
	 * may carry a secret in one ({@code CREATE USER ... WITH (password = '...')}), and cut
	 * short.
	 */
	private static String excerpt(String statement) {
		String shown = STRING_LITERAL.matcher(statement.strip().replaceAll("\\s+", " ")).replaceAll("'***'");
		return (shown.length() > STATEMENT_EXCERPT_LENGTH) ? shown.substring(0, STATEMENT_EXCERPT_LENGTH) + "..."
				: shown;
	}

	private ApiCall sqlCall() {
		return new ApiCall(HttpMethod.POST, SQL_TEMPLATE, "/_sql?types");
	}

	private SqlResult result(SqlAnswer answer) {
		List<String> columns = (answer.cols() != null) ? answer.cols() : List.of();
		List<JsonNode> types = (answer.colTypes() != null) ? answer.colTypes() : List.of();
		List<CrateDbType> columnTypes = new ArrayList<>(types.size());
		for (JsonNode type : types) {
			columnTypes.add(type(type));
		}
		List<List<@Nullable Object>> rows = rows(answer);
		long rowCount = (answer.rowcount() != null) ? answer.rowcount() : -1;
		Duration duration = (answer.duration() != null)
				? Duration.ofNanos((long) (answer.duration() * 1_000_000)) : Duration.ZERO;
		return new SqlResult(columns, Collections.unmodifiableList(columnTypes), rows, rowCount, duration);
	}

	private List<List<@Nullable Object>> rows(SqlAnswer answer) {
		List<List<@Nullable Object>> rows = answer.rows();
		if (rows == null) {
			throw new CrateCloudUnexpectedResponseException(sqlCall() + " (" + SQL_TEMPLATE + ") on cluster "
					+ this.clusterId + " answered a query without rows", sqlCall(), 200, null, null);
		}
		return rows;
	}

	private static CrateDbType type(JsonNode type) {
		if (type.isArray() && type.size() == 2 && type.get(0).asInt() == CrateDbType.ARRAY) {
			return CrateDbType.arrayOf(type(type.get(1)));
		}
		return CrateDbType.of(type.canConvertToInt() ? type.asInt() : 1);
	}

	private <T> List<T> mapRows(SqlAnswer answer, Class<T> type) {
		List<String> columns = (answer.cols() != null) ? answer.cols() : List.of();
		List<List<@Nullable Object>> rows = rows(answer);
		List<T> mapped = new ArrayList<>(rows.size());
		boolean simple = type == Object.class || BeanUtils.isSimpleValueType(type);
		if (simple && columns.size() != 1) {
			throw new CrateCloudUnexpectedResponseException(sqlCall() + " (" + SQL_TEMPLATE + ") on cluster "
					+ this.clusterId + " answered " + columns.size() + " columns " + columns + ", but rows of "
					+ type.getSimpleName() + " are read from one: select one column, or read rows as a record",
					sqlCall(), 200, null, null);
		}
		if (type.isRecord()) {
			try {
				RecordRows.of(type).read(columns, rows, this.rowMapper, mapped);
			}
			catch (RecordRows.RowException ex) {
				throw unreadableRow(ex.row(), ex.column(), columns, type,
						(ex.getCause() instanceof JacksonException jackson) ? jackson : null);
			}
			return mapped;
		}
		for (int i = 0; i < rows.size(); i++) {
			List<@Nullable Object> row = rows.get(i);
			Object value;
			if (simple) {
				value = row.isEmpty() ? null : row.get(0);
			}
			else {
				Map<String, @Nullable Object> byColumn = new LinkedHashMap<>();
				for (int c = 0; c < columns.size() && c < row.size(); c++) {
					byColumn.put(columns.get(c), row.get(c));
				}
				value = byColumn;
			}
			try {
				mapped.add(this.rowMapper.convertValue(value, type));
			}
			catch (JacksonException ex) {
				throw unreadableRow(i, null, columns, type, ex);
			}
		}
		return mapped;
	}

	/**
	 * A row that cannot be read as the caller's type; Jackson's message may quote the row's
	 * values, so say where, not what.
	 */
	private CrateCloudUnexpectedResponseException unreadableRow(int row, @Nullable String column,
			List<String> columns, Class<?> type, @Nullable JacksonException cause) {
		String where = (column != null) ? " (column " + column + ")"
				: (cause != null && !cause.getPath().isEmpty()) ? " (at " + cause.getPathReference() + ")" : "";
		return new CrateCloudUnexpectedResponseException(sqlCall() + " (" + SQL_TEMPLATE + ") on cluster "
				+ this.clusterId + " answered row " + row + " of columns " + columns + " that cannot be read as "
				+ type.getName() + where, sqlCall(), 200, null, null);
	}

	private static String operation(String statement) {
		int start = 0;
		while (start < statement.length()
				&& (Character.isWhitespace(statement.charAt(start)) || statement.charAt(start) == '(')) {
			start++;
		}
		int end = start;
		while (end < statement.length() && end - start < 32 && Character.isLetter(statement.charAt(end))) {
			end++;
		}
		return (end > start) ? statement.substring(start, end).toUpperCase(java.util.Locale.ROOT) : "none";
	}

	/**
	 * The body of a statement: {@code stmt} with {@code args} or {@code bulk_args}.
	 */
	record SqlStatement(String stmt, @Nullable List<@Nullable Object> args,
			@Nullable List<? extends List<?>> bulkArgs) {
	}

	/**
	 * CrateDB's answer to a statement.
	 */
	record SqlAnswer(@Nullable List<String> cols, @Nullable List<JsonNode> colTypes,
			@Nullable List<List<@Nullable Object>> rows, @Nullable Long rowcount, @Nullable Double duration,
			@Nullable List<BulkResult> results) {
	}

	/**
	 * The result of one set of parameters of a bulk statement.
	 */
	record BulkResult(@Nullable Long rowcount) {
	}

	private final class Statement implements StatementSpec {

		private final String text;

		private final List<@Nullable Object> parameters = new ArrayList<>();

		private @Nullable String defaultSchema;

		private boolean idempotent;

		private @Nullable String operation;

		Statement(String text) {
			this.text = text;
		}

		String operation() {
			String operation = this.operation;
			if (operation == null) {
				operation = DefaultCrateDbSql.operation(this.text);
				this.operation = operation;
			}
			return operation;
		}

		@Override
		public StatementSpec param(@Nullable Object value) {
			this.parameters.add(value);
			return this;
		}

		@Override
		public StatementSpec params(@Nullable Object... values) {
			Arguments.required(values, "values");
			this.parameters.addAll(Arrays.asList(values));
			return this;
		}

		@Override
		public StatementSpec params(List<?> values) {
			Arguments.required(values, "values");
			this.parameters.addAll(values);
			return this;
		}

		@Override
		public StatementSpec defaultSchema(String schema) {
			this.defaultSchema = Arguments.headerValue(schema, "schema");
			return this;
		}

		@Override
		public StatementSpec idempotent() {
			this.idempotent = true;
			return this;
		}

		@Override
		public SqlResult query() {
			return result(runQuery());
		}

		@Override
		public <T> MappedQuerySpec<T> query(Class<T> type) {
			Arguments.required(type, "type");
			return new MappedQuery<>(this, type);
		}

		@Override
		public long update() {
			SqlAnswer answer = run(this, new SqlStatement(this.text, this.parameters, null), this.idempotent,
					(body, mapper) -> mapper.readValue(body, SqlAnswer.class));
			return (answer.rowcount() != null) ? answer.rowcount() : -1;
		}

		@Override
		public long[] bulkUpdate(List<? extends List<?>> parameterSets) {
			Arguments.required(parameterSets, "parameterSets");
			Arguments.check(!parameterSets.isEmpty(), "parameterSets", "must hold at least one set of parameters");
			for (List<?> set : parameterSets) {
				Arguments.check(set != null, "parameterSets", "must not hold null");
			}
			SqlAnswer answer = run(this, new SqlStatement(this.text, null, parameterSets), this.idempotent,
					(body, mapper) -> mapper.readValue(body, SqlAnswer.class));
			List<BulkResult> results = answer.results();
			if (results == null || results.size() != parameterSets.size()) {
				throw new CrateCloudUnexpectedResponseException(sqlCall() + " (" + SQL_TEMPLATE + ") on cluster "
						+ DefaultCrateDbSql.this.clusterId + " answered "
						+ ((results != null) ? results.size() : "no") + " results for " + parameterSets.size()
						+ " sets of parameters", sqlCall(), 200, null, null);
			}
			long[] rowCounts = new long[results.size()];
			for (int i = 0; i < rowCounts.length; i++) {
				Long rowCount = results.get(i).rowcount();
				rowCounts[i] = (rowCount != null) ? rowCount : -1;
			}
			return rowCounts;
		}

		SqlAnswer runQuery() {
			return run(this, new SqlStatement(this.text, this.parameters, null), true,
					(body, mapper) -> mapper.readValue(body, SqlAnswer.class));
		}

	}

	private final class MappedQuery<T> implements MappedQuerySpec<T> {

		private final Statement statement;

		private final Class<T> type;

		MappedQuery(Statement statement, Class<T> type) {
			this.statement = statement;
			this.type = type;
		}

		@Override
		public List<T> list() {
			return mapRows(this.statement.runQuery(), this.type);
		}

		@Override
		public T single() {
			List<T> rows = list();
			if (rows.size() != 1) {
				throw wrongSize(rows.size(), "exactly one");
			}
			return rows.get(0);
		}

		@Override
		public Optional<T> optional() {
			List<T> rows = list();
			if (rows.size() > 1) {
				throw wrongSize(rows.size(), "at most one");
			}
			return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
		}

		private CrateCloudUnexpectedResponseException wrongSize(int rows, String expected) {
			return new CrateCloudUnexpectedResponseException(sqlCall() + " (" + SQL_TEMPLATE + ") on cluster "
					+ DefaultCrateDbSql.this.clusterId + " answered " + rows + " rows where " + expected
					+ " was expected; statement: " + excerpt(this.statement.text), sqlCall(), 200, null, null);
		}

	}

}
