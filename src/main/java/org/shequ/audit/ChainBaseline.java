package org.shequ.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Database migrations write rows without the application (reference data such as communities and
 * grids). After a start that applied new migrations, and only then, the rows that differ from what the
 * chain knows are chained as a baseline, marked as such, so that verification does not report them as
 * altered. Any other start leaves the chain alone: a row changed behind the application's back stays
 * reported.
 */
@Component
@Order(2)
class ChainBaseline implements ApplicationRunner {

	private final ObjectProvider<Flyway> flyway;

	private final JdbcTemplate jdbc;

	private final ChainVerifier verifier;

	private final RecordCheck records;

	private final AuditTrail trail;

	private final TransactionTemplate transaction;

	ChainBaseline(ObjectProvider<Flyway> flyway, JdbcTemplate jdbc, ChainVerifier verifier, RecordCheck records,
			AuditTrail trail, PlatformTransactionManager transactions) {
		this.flyway = flyway;
		this.jdbc = jdbc;
		this.verifier = verifier;
		this.records = records;
		this.trail = trail;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		Flyway migrations = flyway.getIfAvailable();
		if (migrations == null) {
			return;
		}
		int applied = migrations.info().applied().length;
		transaction.executeWithoutResult(status -> {
			jdbc.update("update audit_chain_head set updated_at = current_timestamp where id = 1");
			Integer seen = jdbc.queryForObject("select migrations from audit_chain_head where id = 1", Integer.class);
			if (seen != null && seen >= applied) {
				return;
			}
			Map<String, String> recorded = new HashMap<>(verifier.recordedStates());
			records.forEachRow(row -> {
				String before = recorded.remove(row.table() + "|" + row.key());
				if (!ChainVerifier.stateHash(row.state()).equals(before)) {
					trail.record(baseline(row.table(), row.key(), "baseline", row.state(), applied));
				}
			});
			recorded.forEach((key, state) -> {
				if (!"deleted".equals(state)) {
					int bar = key.indexOf('|');
					trail.record(baseline(key.substring(0, bar), key.substring(bar + 1), "delete", null, applied));
				}
			});
			jdbc.update("update audit_chain_head set migrations = ? where id = 1", applied);
		});
	}

	private static AuditEvent baseline(String table, String key, String operation, Map<String, Object> state,
			int migrations) {
		Map<String, Object> data = new TreeMap<>();
		data.put("table", table);
		data.put("operation", operation);
		data.put("state", state);
		data.put("baseline", "after database migration " + migrations);
		return new AuditEvent("shequ:" + table + ":baseline", table, key, data);
	}

}
