package org.shequ.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The engine history rows that are never changed once written, compared with their chained event:
 * the user operation log (who did what), submitted and changed values, and comments. A row may only
 * be missing once the history cleanup could have removed it (its time plus the retention).
 */
@Component
class HistoryRowCheck {

	record Ref(long seq, String table, String id, JsonNode data) {
	}

	/** Column of the history table ↔ property of the chained event. */
	private static final Map<String, Map<String, String>> COLUMNS = Map.of(
			"ACT_HI_OP_LOG", Map.of("USER_ID_", "userId", "OPERATION_TYPE_", "operationType", "ENTITY_TYPE_",
					"entityType", "PROPERTY_", "property", "ORG_VALUE_", "orgValue", "NEW_VALUE_", "newValue",
					"TIMESTAMP_", "timestamp"),
			"ACT_HI_DETAIL", Map.of("NAME_", "variableName", "TEXT_", "textValue", "TEXT2_", "textValue2", "LONG_",
					"longValue", "DOUBLE_", "doubleValue", "TIME_", "timestamp"),
			"ACT_HI_COMMENT", Map.of("USER_ID_", "userId", "MESSAGE_", "message", "TIME_", "time"));

	/** Values submitted with a generated form are details too, under other names. */
	private static final Map<String, String> FORM_FIELD_COLUMNS = Map.of("NAME_", "propertyId", "TEXT_", "propertyValue",
			"TIME_", "timestamp");

	private static final Map<String, String> TIME = Map.of("ACT_HI_OP_LOG", "timestamp", "ACT_HI_DETAIL", "timestamp",
			"ACT_HI_COMMENT", "time");

	private final JdbcTemplate jdbc;

	private final AuditProperties properties;

	HistoryRowCheck(JdbcTemplate jdbc, AuditProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	static boolean covers(String table) {
		return COLUMNS.containsKey(table);
	}

	void check(List<Ref> refs, List<ChainVerifier.AlteredRecord> altered) {
		Map<String, List<Ref>> byTable = refs.stream().collect(Collectors.groupingBy(Ref::table));
		byTable.forEach((table, ofTable) -> {
			String ids = String.join(",", ofTable.stream().map(r -> "?").toList());
			Map<String, Map<String, Object>> rows = new HashMap<>();
			for (Map<String, Object> row : jdbc.queryForList("select ID_, " + String.join(", ", COLUMNS.get(table).keySet())
					+ " from " + table + " where ID_ in (" + ids + ")", ofTable.stream().map(Ref::id).toArray())) {
				rows.put((String) row.get("ID_"), row);
			}
			for (Ref ref : ofTable) {
				Map<String, Object> row = rows.get(ref.id());
				if (row == null) {
					if (!mayHaveBeenCleanedUp(ref.data().path(TIME.get(table)).asText(null))) {
						altered.add(new ChainVerifier.AlteredRecord(table, ref.id(),
								"chained at " + ref.seq() + ", but the row is gone before its retention ended"));
					}
					continue;
				}
				Map<String, String> columns = ref.data().has("propertyId") ? FORM_FIELD_COLUMNS : COLUMNS.get(table);
				List<String> differing = new ArrayList<>();
				columns.forEach((column, property) -> {
					if (!same(row.get(column), ref.data().get(property))) {
						differing.add(property + ": chained " + shorten(ref.data().get(property)) + ", now "
								+ shorten(row.get(column)));
					}
				});
				if (!differing.isEmpty()) {
					altered.add(new ChainVerifier.AlteredRecord(table, ref.id(),
							"differs from what was chained at " + ref.seq() + " in " + differing));
				}
			}
		});
	}

	private static String shorten(Object value) {
		String text = value instanceof JsonNode node ? (node.isNull() ? "null" : node.asText()) : String.valueOf(value);
		return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
	}

	private boolean mayHaveBeenCleanedUp(String time) {
		return time != null && Instant.parse(time).plus(Duration.ofDays(properties.retentionDays())).isBefore(Instant.now());
	}

	private static boolean same(Object column, JsonNode chained) {
		if (chained == null || chained.isNull()) {
			return column == null;
		}
		if (column == null) {
			return false;
		}
		if (chained.isNumber()) {
			return column instanceof Number number && (chained.isIntegralNumber() ? number.longValue() == chained.asLong()
					: Double.compare(number.doubleValue(), chained.asDouble()) == 0);
		}
		if (column instanceof String text) {
			return text.equals(chained.asText());
		}
		try {
			return Objects.equals(JdbcValues.instant(column).toString(), Instant.parse(chained.asText()).toString());
		}
		catch (RuntimeException notATime) {
			return column.toString().equals(chained.asText());
		}
	}

}
