package io.cratecloud.test;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A statement's parameter placeholders as JDBC takes them. CrateDB takes {@code ?} and
 * numbered ones ({@code $1}, {@code $2}, which may repeat and come in any order); the
 * PostgreSQL driver binds only {@code ?}, so numbered placeholders are rewritten to {@code ?},
 * with the arguments in the order the placeholders come. Placeholders in string literals,
 * quoted identifiers, dollar-quoted strings and comments are text, and stay.
 *
 * @param sql the statement for JDBC
 * @param numbers the number of each rewritten placeholder, in order, or empty when the
 * statement had none and its arguments bind as given
 */
record SqlPlaceholders(String sql, List<Integer> numbers) {

	static SqlPlaceholders of(String stmt) {
		StringBuilder sql = new StringBuilder(stmt.length());
		List<Integer> numbers = new ArrayList<>();
		int length = stmt.length();
		int i = 0;
		while (i < length) {
			char c = stmt.charAt(i);
			char next = (i + 1 < length) ? stmt.charAt(i + 1) : '\0';
			int end;
			if (c == '\'') {
				boolean backslashEscapes = i > 0 && (stmt.charAt(i - 1) == 'E' || stmt.charAt(i - 1) == 'e')
						&& (i < 2 || !identifierPart(stmt.charAt(i - 2)));
				end = quoted(stmt, i, '\'', backslashEscapes);
			}
			else if (c == '"') {
				end = quoted(stmt, i, '"', false);
			}
			else if (c == '-' && next == '-') {
				int newline = stmt.indexOf('\n', i);
				end = (newline < 0) ? length : newline + 1;
			}
			else if (c == '/' && next == '*') {
				end = blockComment(stmt, i);
			}
			else if (c == '$' && (i == 0 || !identifierPart(stmt.charAt(i - 1)))) {
				if (Character.isDigit(next)) {
					int digits = i + 1;
					while (digits < length && Character.isDigit(stmt.charAt(digits))) {
						digits++;
					}
					numbers.add(Integer.parseInt(stmt.substring(i + 1, digits)));
					sql.append('?');
					i = digits;
					continue;
				}
				end = dollarQuoted(stmt, i);
			}
			else {
				end = i + 1;
			}
			sql.append(stmt, i, end);
			i = end;
		}
		return new SqlPlaceholders(sql.toString(), List.copyOf(numbers));
	}

	/**
	 * The arguments in the order of the statement's placeholders.
	 * @throws CrateDbError a 400 when a numbered placeholder has no argument
	 */
	List<JsonNode> arguments(List<JsonNode> args) {
		if (this.numbers.isEmpty()) {
			return args;
		}
		List<JsonNode> ordered = new ArrayList<>(this.numbers.size());
		for (int number : this.numbers) {
			if (number < 1 || number > args.size()) {
				throw new CrateDbError(400, 4000, "SQLParseException", "The query contains a parameter placeholder $"
						+ number + ", but there are only " + args.size() + " parameter values");
			}
			ordered.add(args.get(number - 1));
		}
		return ordered;
	}

	/**
	 * Where a literal or identifier quoted with {@code quote} ends (past its closing quote),
	 * a doubled quote standing for one.
	 */
	private static int quoted(String stmt, int start, char quote, boolean backslashEscapes) {
		int i = start + 1;
		while (i < stmt.length()) {
			char c = stmt.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < stmt.length() && stmt.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else {
				i++;
			}
		}
		return stmt.length();
	}

	/**
	 * Where a block comment ends; PostgreSQL's nest.
	 */
	private static int blockComment(String stmt, int start) {
		int depth = 0;
		int i = start;
		while (i + 1 < stmt.length()) {
			if (stmt.charAt(i) == '/' && stmt.charAt(i + 1) == '*') {
				depth++;
				i += 2;
			}
			else if (stmt.charAt(i) == '*' && stmt.charAt(i + 1) == '/') {
				depth--;
				i += 2;
				if (depth == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		return stmt.length();
	}

	/**
	 * Where a dollar-quoted string ({@code $$...$$}, {@code $tag$...$tag$}) starting at a
	 * {@code $} ends, or the next character when the {@code $} starts none.
	 */
	private static int dollarQuoted(String stmt, int start) {
		int i = start + 1;
		while (i < stmt.length() && stmt.charAt(i) != '$') {
			char c = stmt.charAt(i);
			boolean tagPart = (i == start + 1) ? (Character.isLetter(c) || c == '_') : identifierPart(c) && c != '$';
			if (!tagPart) {
				return start + 1;
			}
			i++;
		}
		if (i >= stmt.length()) {
			return start + 1;
		}
		String tag = stmt.substring(start, i + 1);
		int close = stmt.indexOf(tag, i + 1);
		return (close < 0) ? stmt.length() : close + tag.length();
	}

	private static boolean identifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

}
