package org.shequ.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the chain entries that recorded given records, by {@code kind|refId} (e.g. the start of an
 * activity instance) or {@code refType|refId} (e.g. a row of the operation log).
 */
@Component
class ChainSeqs {

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	ChainSeqs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Long> of(Collection<String> refIds) {
		Map<String, Long> seqs = new HashMap<>();
		List<String> ids = new ArrayList<>(refIds);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<String> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
			String marks = String.join(",", batch.stream().map(i -> "?").toList());
			jdbc.query("select seq, kind, ref_type, ref_id from audit_chain where ref_id in (" + marks + ")", row -> {
				long seq = row.getLong("seq");
				String refId = row.getString("ref_id");
				seqs.merge(row.getString("kind") + "|" + refId, seq, Math::min);
				seqs.merge(row.getString("ref_type") + "|" + refId, seq, Math::min);
			}, batch.toArray());
		}
		return seqs;
	}

}
