package com.example;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quick start's application, run as the README runs it without an account: on the fake,
 * whose demo estate it lists.
 */
@ExtendWith(OutputCaptureExtension.class)
class MyApplicationTests {

	@Test
	void listsTheClustersOfTheFake(CapturedOutput output) {
		TestMyApplication.main(new String[0]);

		assertThat(output.getOut()).contains("sensors: 3 nodes", "archive: 1 nodes, suspended");
	}

}
