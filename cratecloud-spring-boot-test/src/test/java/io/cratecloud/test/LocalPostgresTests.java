package io.cratecloud.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link LocalPostgres} starts a real PostgreSQL server that takes its user's password, and
 * only that, over TCP, and leaves nothing behind once stopped.
 */
class LocalPostgresTests {

	@Test
	void startsAServerThatTheUserConnectsToWithThePasswordAndStopsItLeavingNothingBehind() throws Exception {
		LocalPostgres postgres = new LocalPostgres();
		postgres.start();
		Path directory;
		int port;
		try {
			directory = postgres.directory();
			port = postgres.port();
			assertThat(postgres.bin()).startsWith(LocalPostgres.INSTALLATIONS);
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER,
					postgres.password()); Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("select current_user, current_database()")) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString(1)).isEqualTo(LocalPostgres.USER);
				assertThat(row.getString(2)).isEqualTo(LocalPostgres.DATABASE);
			}
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, "wrong").close())
				.withMessageContaining("password authentication failed");
		}
		finally {
			postgres.stop();
		}
		assertThat(Files.exists(directory)).as("the server's directory, once stopped").isFalse();
		assertThat(accepts(port)).as("a connection to port %d once stopped", port).isFalse();
		// Idempotent.
		postgres.stop();
	}

	@Test
	void theNewestInstallationWithTheCommandsNeededIsUsed(@TempDir Path root) throws IOException {
		for (String version : new String[] { "9.6", "15", "16", "17" }) {
			Path bin = Files.createDirectories(root.resolve(version).resolve("bin"));
			for (String tool : new String[] { "initdb", "pg_ctl", "createdb", "postgres" }) {
				if (!(version.equals("17") && tool.equals("pg_ctl"))) {
					Files.createFile(bin.resolve(tool), PosixFilePermissions.asFileAttribute(
							PosixFilePermissions.fromString("rwxr-xr-x")));
				}
			}
		}
		Files.createDirectories(root.resolve("common").resolve("bin"));

		assertThat(LocalPostgres.newestInstallation(root)).contains(root.resolve("16").resolve("bin"));
	}

	@Test
	void withoutPostgresTheTestIsSkippedWithOneLineUnlessItIsRequired(@TempDir Path empty) {
		String line = "PostgreSQL not found under /usr/lib/postgresql: apt-get install postgresql, as .ci/run does";
		assertThatExceptionOfType(TestAbortedException.class)
			.isThrownBy(() -> LocalPostgres.requireInstallation(empty.resolve("postgresql"), false))
			.withMessage(line);
		assertThatExceptionOfType(AssertionFailedError.class)
			.isThrownBy(() -> LocalPostgres.requireInstallation(empty, true))
			.withMessage(line);
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(LocalPostgres.HOST, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
