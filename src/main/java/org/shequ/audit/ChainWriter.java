package org.shequ.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts entries at the end of the chain. The head row is the serialization point: the first
 * statement locks it until the transaction ends, so concurrent transactions append one after the
 * other and every entry links to the one before it.
 */
@Component
class ChainWriter {

	private final JdbcTemplate jdbc;

	ChainWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void append(List<ChainEntry> entries) {
		jdbc.update("update audit_chain_head set updated_at = current_timestamp where id = 1");
		Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		long seq = ((Number) head.get("last_seq")).longValue();
		String previous = (String) head.get("last_hash");
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (ChainEntry entry : entries) {
			seq++;
			String hash = ChainHashes.entryHash(seq, previous, entry.contentHash());
			rows.add(new Object[] { seq, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.kind(), entry.refType(),
					entry.refId(), entry.content(), entry.contentHash(), previous, hash });
			previous = hash;
		}
		jdbc.batchUpdate("insert into audit_chain (seq, recorded_at, kind, ref_type, ref_id, content, content_hash,"
				+ " prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previous);
	}

}
