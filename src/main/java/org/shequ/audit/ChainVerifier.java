package org.shequ.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Proves that nothing was altered: walks the chain from its first entry (every content hash, every
 * link, every entry hash, the head), then compares every row of Shequ's tables with the state the
 * chain last recorded for it, and every chained user-operation-log entry and submitted value with the
 * engine's history row.
 */
@Service
public class ChainVerifier {

	static final int PAGE = 1000;

	static final int MAX_REPORTED = 50;

	private static final String DELETED = "deleted";

	private final JdbcTemplate jdbc;

	private final RecordCheck records;

	private final HistoryRowCheck historyRows;

	ChainVerifier(JdbcTemplate jdbc, RecordCheck records, HistoryRowCheck historyRows) {
		this.jdbc = jdbc;
		this.records = records;
		this.historyRows = historyRows;
	}

	public record BrokenEntry(long seq, String problem) {
	}

	public record AlteredRecord(String table, String key, String problem) {
	}

	public record Result(boolean ok, long entries, long headSeq, String headHash, BrokenEntry firstBrokenEntry,
			long recordsChecked, long historyRowsChecked, List<AlteredRecord> alteredRecords) {
	}

	record Head(long seq, String hash) {
	}

	Head head() {
		Map<String, Object> row = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		return new Head(((Number) row.get("last_seq")).longValue(), (String) row.get("last_hash"));
	}

	public Result verify() {
		Head head = head();
		Walk walk = new Walk();
		long after = 0;
		while (walk.broken == null && after < head.seq()) {
			List<Map<String, Object>> page = jdbc.queryForList(
					"select seq, recorded_at, kind, ref_type, ref_id, content, content_hash, prev_hash, entry_hash"
							+ " from audit_chain where seq > ? and seq <= ? order by seq",
					after, Math.min(after + PAGE, head.seq()));
			if (page.isEmpty()) {
				walk.broken = new BrokenEntry(after + 1, "missing: the chain ends at " + after + " but its head is at "
						+ head.seq());
				break;
			}
			for (Map<String, Object> row : page) {
				walk.check(row);
				if (walk.broken != null) {
					break;
				}
			}
			historyRows.check(walk.historyRefs, walk.altered);
			walk.historyChecked += walk.historyRefs.size();
			walk.historyRefs.clear();
			after = ((Number) page.get(page.size() - 1).get("seq")).longValue();
		}
		if (walk.broken == null && !walk.previous.equals(head.hash())) {
			walk.broken = new BrokenEntry(head.seq(), "the head's hash is not the hash of the last entry");
		}
		// with a broken chain the recorded states are not to be trusted: the broken entry is the finding
		long checked = walk.broken == null ? compareRecords(walk, head.seq()) : 0;
		boolean ok = walk.broken == null && walk.altered.isEmpty();
		return new Result(ok, walk.verified, head.seq(), head.hash(), walk.broken, checked, walk.historyChecked,
				walk.altered.size() > MAX_REPORTED ? walk.altered.subList(0, MAX_REPORTED) : walk.altered);
	}

	/** The state last chained for each of Shequ's rows ({@code table|key} → state hash, or deleted). */
	Map<String, String> recordedStates() {
		Map<String, String> states = new HashMap<>();
		long after = 0;
		while (true) {
			List<Map<String, Object>> page = jdbc.queryForList("select seq, ref_type, ref_id, content from audit_chain"
					+ " where seq > ? and kind like 'shequ:%' order by seq limit " + PAGE, after);
			if (page.isEmpty()) {
				return states;
			}
			for (Map<String, Object> row : page) {
				if (row.get("ref_id") != null) {
					states.put(row.get("ref_type") + "|" + row.get("ref_id"),
							stateHash(ChainJson.read((String) row.get("content")).path("data")));
				}
			}
			after = ((Number) page.get(page.size() - 1).get("seq")).longValue();
		}
	}

	private long compareRecords(Walk walk, long headSeq) {
		Map<String, String> unseen = new HashMap<>(walk.states);
		long[] count = { 0 };
		records.forEachRow(row -> {
			count[0]++;
			String key = row.table() + "|" + row.key();
			String recorded = unseen.remove(key);
			String actual = stateHash(row.state());
			if (actual.equals(recorded) || actual.equals(newerState(row.table(), row.key(), headSeq))) {
				return;
			}
			walk.altered.add(new AlteredRecord(row.table(), row.key(), recorded == null ? "no chained entry: written outside the application"
					: DELETED.equals(recorded) ? "recorded as deleted, but the row is there"
							: "differs from the state the chain last recorded for it"));
		});
		unseen.forEach((key, recorded) -> {
			if (!DELETED.equals(recorded)) {
				int bar = key.indexOf('|');
				walk.altered.add(new AlteredRecord(key.substring(0, bar), key.substring(bar + 1),
						"recorded in the chain, but the row is gone"));
			}
		});
		return count[0];
	}

	/** The state chained for a row after the walk began (a change made while verifying). */
	private String newerState(String table, String key, long headSeq) {
		List<String> newer = jdbc.queryForList("select content from audit_chain where ref_type = ? and ref_id = ?"
				+ " and seq > ? order by seq desc", String.class, table, key, headSeq);
		return newer.isEmpty() ? null : stateHash(ChainJson.read(newer.get(0)).path("data"));
	}

	static String stateHash(Object state) {
		return ChainHashes.sha256(ChainJson.write(state));
	}

	static String stateHash(JsonNode data) {
		return "delete".equals(data.path("operation").asText()) ? DELETED : stateHash((Object) data.get("state"));
	}

	private static final class Walk {

		String previous = ChainHashes.GENESIS;

		long verified;

		BrokenEntry broken;

		final Map<String, String> states = new HashMap<>();

		final List<HistoryRowCheck.Ref> historyRefs = new ArrayList<>();

		final List<AlteredRecord> altered = new ArrayList<>();

		long historyChecked;

		void check(Map<String, Object> row) {
			long seq = ((Number) row.get("seq")).longValue();
			String content = (String) row.get("content");
			String contentHash = (String) row.get("content_hash");
			String prevHash = (String) row.get("prev_hash");
			if (seq != verified + 1) {
				broken = new BrokenEntry(verified + 1, "missing: the next entry is " + seq);
				return;
			}
			if (!prevHash.equals(previous)) {
				broken = new BrokenEntry(seq, "does not link to entry " + (seq - 1)
						+ ": an entry before it was replaced or removed");
				return;
			}
			if (!ChainHashes.sha256(content).equals(contentHash)) {
				broken = new BrokenEntry(seq, "its content was changed after it was written");
				return;
			}
			if (!ChainHashes.entryHash(seq, prevHash, contentHash).equals(row.get("entry_hash"))) {
				broken = new BrokenEntry(seq, "its hash does not match its content and link");
				return;
			}
			JsonNode json;
			try {
				json = ChainJson.read(content);
			}
			catch (IllegalArgumentException e) {
				broken = new BrokenEntry(seq, "its content is not JSON");
				return;
			}
			if (!json.path("kind").asText().equals(row.get("kind"))
					|| !Objects.equals(json.path("refType").asText(null), row.get("ref_type"))
					|| !Objects.equals(json.path("refId").asText(null), row.get("ref_id"))
					|| !json.path("recordedAt").asText().equals(JdbcValues.instant(row.get("recorded_at")).toString())) {
				broken = new BrokenEntry(seq, "its columns differ from its hashed content");
				return;
			}
			String kind = json.path("kind").asText();
			String refId = json.path("refId").asText(null);
			if (kind.startsWith("shequ:") && refId != null) {
				states.put(json.path("refType").asText() + "|" + refId, stateHash(json.path("data")));
			}
			else if (refId != null && HistoryRowCheck.covers(json.path("refType").asText())) {
				historyRefs.add(new HistoryRowCheck.Ref(seq, json.path("refType").asText(), refId, json.path("data")));
			}
			previous = (String) row.get("entry_hash");
			verified = seq;
		}

	}

}
