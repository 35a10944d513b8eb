package org.shequ.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Row count and a SHA-256 over the sorted rows of each of Shequ's tables and of the engine's runtime
 * tables (ACT_RU_*). The engine's meter logs are left out: the engine writes them on its own schedule.
 */
record DatabaseSnapshot(Map<String, String> tables) {

	static DatabaseSnapshot of(DataSource dataSource) {
		Map<String, String> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String table : tables(connection.getMetaData())) {
				tables.put(table, digest(connection, table));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return new DatabaseSnapshot(tables);
	}

	private static List<String> tables(DatabaseMetaData metadata) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = metadata.getTables(null, null, "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rows.next()) {
				String schema = rows.getString("TABLE_SCHEM");
				String name = rows.getString("TABLE_NAME");
				if (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
					continue;
				}
				String upper = name.toUpperCase(Locale.ROOT);
				boolean engine = upper.startsWith("ACT_");
				boolean runtime = upper.startsWith("ACT_RU_") && !upper.contains("METER_LOG");
				if ((engine && runtime) || (!engine && !upper.startsWith("FLYWAY"))) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static String digest(Connection connection, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select * from " + table)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(result.getString(i)).append('\u0001');
				}
				rows.add(row.toString());
			}
		}
		rows.sort(null);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
			return rows.size() + " rows, " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
