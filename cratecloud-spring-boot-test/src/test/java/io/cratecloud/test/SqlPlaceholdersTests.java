package io.cratecloud.test;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * CrateDB's numbered placeholders become JDBC's, with the arguments in their order, and
 * nothing else of a statement changes.
 */
class SqlPlaceholdersTests {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Test
	void numberedPlaceholdersBecomeQuestionMarksWithTheArgumentsInTheirOrder() {
		SqlPlaceholders placeholders = SqlPlaceholders.of("select * from t where a = $2 and b < $1 or c = $2");

		assertThat(placeholders.sql()).isEqualTo("select * from t where a = ? and b < ? or c = ?");
		assertThat(placeholders.arguments(List.of(NODES.numberNode(1), NODES.stringNode("x"))))
			.extracting(JsonNode::toString)
			.containsExactly("\"x\"", "1", "\"x\"");
	}

	@Test
	void questionMarksAndAStatementWithoutPlaceholdersBindTheArgumentsAsGiven() {
		List<JsonNode> args = List.of(NODES.numberNode(1), NODES.numberNode(2));

		SqlPlaceholders placeholders = SqlPlaceholders.of("select ? + ?");

		assertThat(placeholders.sql()).isEqualTo("select ? + ?");
		assertThat(placeholders.arguments(args)).isSameAs(args);
	}

	@Test
	void dollarsInLiteralsIdentifiersCommentsAndDollarQuotesStay() {
		String stmt = "select 'costs $1', E'it\\'s $1', \"col$1\", a$1, $$ $1 $$, $tag$ $2 $tag$ -- $1\n"
				+ "/* $1 /* nested $1 */ $1 */ from t where x = $1";

		SqlPlaceholders placeholders = SqlPlaceholders.of(stmt);

		assertThat(placeholders.sql()).isEqualTo(stmt.substring(0, stmt.length() - 2) + "?");
		assertThat(placeholders.numbers()).containsExactly(1);
	}

	@Test
	void aPlaceholderWithoutItsArgumentIsCrateDbsParseError() {
		SqlPlaceholders placeholders = SqlPlaceholders.of("select $1, $3");

		assertThatExceptionOfType(CrateDbError.class)
			.isThrownBy(() -> placeholders.arguments(List.of(NODES.numberNode(1), NODES.numberNode(2))))
			.satisfies((error) -> {
				assertThat(error.status()).isEqualTo(400);
				assertThat(error.code()).isEqualTo(4000);
				assertThat(error.getMessage()).isEqualTo("SQLParseException[The query contains a parameter "
						+ "placeholder $3, but there are only 2 parameter values]");
			});
	}

}
