package org.shequ.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the local PostgreSQL for one test class, dropped afterwards. Tests that need
 * it are skipped, with the reason, where no PostgreSQL answers.
 */
public final class PostgresDatabase implements AutoCloseable {

	public static final String SERVER = System.getProperty("shequ.postgres.server", "jdbc:postgresql://127.0.0.1:5432/");

	public static final String USER = System.getProperty("shequ.postgres.user", "postgres");

	private final String name;

	private PostgresDatabase(String name) {
		this.name = name;
	}

	public static PostgresDatabase createOrSkip(String prefix) {
		String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
		try (Connection admin = DriverManager.getConnection(SERVER + "test", USER, "");
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			Assumptions.abort("no PostgreSQL answers at " + SERVER + " (" + e.getMessage()
					+ "): skipping the PostgreSQL tests");
		}
		return new PostgresDatabase(name);
	}

	public String url() {
		return SERVER + name;
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), USER, "");
	}

	@Override
	public void close() {
		try (Connection admin = DriverManager.getConnection(SERVER + "test", USER, "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not drop " + name, e);
		}
	}

}
