package org.shequ.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chain as JSON lines, one entry a line, for checking offline ({@link AuditExportVerifier}). A
 * period is widened to whole chain entries: from the first entry recorded at or after {@code from} to
 * the last recorded before {@code to}, with every entry in between, so the lines always link up.
 */
@Component
class ChainExport {

	private final JdbcTemplate jdbc;

	ChainExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Range(long fromSeq, long toSeq) {
		boolean isEmpty() {
			return fromSeq > toSeq;
		}
	}

	Range range(Instant from, Instant to) {
		Long first = from == null ? Long.valueOf(1)
				: jdbc.queryForObject("select min(seq) from audit_chain where recorded_at >= ?", Long.class, utc(from));
		Long last = to == null ? jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class)
				: jdbc.queryForObject("select max(seq) from audit_chain where recorded_at < ?", Long.class, utc(to));
		return first == null || last == null ? new Range(1, 0) : new Range(first, last);
	}

	void write(Range range, OutputStream out) throws IOException {
		long after = range.fromSeq() - 1;
		while (after < range.toSeq()) {
			List<Map<String, Object>> page = jdbc.queryForList("select seq, recorded_at, content, content_hash,"
					+ " prev_hash, entry_hash from audit_chain where seq > ? and seq <= ? order by seq", after,
					Math.min(after + ChainVerifier.PAGE, range.toSeq()));
			if (page.isEmpty()) {
				return;
			}
			for (Map<String, Object> row : page) {
				out.write(line(row).getBytes(StandardCharsets.UTF_8));
				out.write('\n');
			}
			after = ((Number) page.get(page.size() - 1).get("seq")).longValue();
		}
	}

	private static String line(Map<String, Object> row) {
		String content = (String) row.get("content");
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("seq", row.get("seq"));
		line.put("recordedAt", JdbcValues.instant(row.get("recorded_at")).toString());
		line.put("prevHash", row.get("prev_hash"));
		line.put("contentHash", row.get("content_hash"));
		line.put("hash", row.get("entry_hash"));
		line.put("content", content);
		List<String> personal;
		try {
			personal = PersonalDataMarks.in(ChainJson.read(content));
		}
		catch (IllegalArgumentException notJson) {
			personal = List.of();
		}
		line.put("personalData", personal.stream().map(p -> "content." + p).toList());
		return ChainJson.write(line);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
