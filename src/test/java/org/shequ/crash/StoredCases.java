package org.shequ.crash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the database holds after the crash and restart, read with plain SQL; the generated demo history aside. */
public final class StoredCases {

	/** Tracking number → whether its case's process is at a wait state (an open task of its own). */
	public final Map<String, Boolean> cases = new HashMap<>();

	/** Community code and day → the sequence numbers handed out, and the counter's last value. */
	final Map<String, List<Integer>> numbers = new TreeMap<>();

	final Map<String, Integer> counters = new TreeMap<>();

	public int intakeInstances;

	public int jobsLockedPastTheirTime;

	public int lockedJobs;

	public int incidents;

	public int messages;

	public int messagesSent;

	public final Set<String> casesWithoutReceivedMessage = new TreeSet<>();

	public static StoredCases read(Connection connection) throws SQLException {
		StoredCases stored = new StoredCases();
		Set<String> waiting = new HashSet<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select distinct e.business_key_ from act_ru_task t "
					+ "join act_ru_execution e on e.id_ = t.proc_inst_id_")) {
				while (rows.next()) {
					waiting.add(rows.getString(1));
				}
			}
			try (ResultSet rows = statement.executeQuery("select tracking_number from shequ_case where demo = false")) {
				while (rows.next()) {
					String tn = rows.getString(1);
					stored.cases.put(tn, waiting.contains(tn));
					String[] parts = tn.split("-");
					stored.numbers.computeIfAbsent(parts[0] + "-" + parts[1], k -> new ArrayList<>())
						.add(Integer.parseInt(parts[2]));
				}
			}
			try (ResultSet rows = statement.executeQuery("select community_code, issue_day, last_value from tracking_counter")) {
				while (rows.next()) {
					stored.counters.put(rows.getString(1) + "-" + rows.getDate(2).toLocalDate().toString().replace("-", ""),
							rows.getInt(3));
				}
			}
			try (ResultSet rows = statement.executeQuery("select count(*) from act_ru_execution e "
					+ "join act_re_procdef d on d.id_ = e.proc_def_id_ "
					+ "where e.parent_id_ is null and d.key_ = 'complaint-intake'")) {
				rows.next();
				stored.intakeInstances = rows.getInt(1);
			}
			try (ResultSet rows = statement.executeQuery("select count(*) from act_ru_job where lock_owner_ is not null")) {
				rows.next();
				stored.lockedJobs = rows.getInt(1);
			}
			try (ResultSet rows = statement.executeQuery("select count(*) from act_ru_incident")) {
				rows.next();
				stored.incidents = rows.getInt(1);
			}
			try (ResultSet rows = statement.executeQuery("select count(*), sum(case when status = 'SENT' then 1 else 0 end) "
					+ "from resident_notification")) {
				rows.next();
				stored.messages = rows.getInt(1);
				stored.messagesSent = rows.getInt(2);
			}
			try (ResultSet rows = statement.executeQuery("select c.tracking_number from shequ_case c where c.demo = false and not exists "
					+ "(select 1 from resident_notification n where n.case_id = c.id and n.kind = 'RECEIVED')")) {
				while (rows.next()) {
					stored.casesWithoutReceivedMessage.add(rows.getString(1));
				}
			}
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select count(*) from act_ru_job where lock_exp_time_ < ?")) {
			statement.setTimestamp(1, Timestamp.from(Instant.now()));
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				stored.jobsLockedPastTheirTime = rows.getInt(1);
			}
		}
		return stored;
	}

	/** Community-day sequences that are not exactly 1..n, or whose counter is not at n. */
	public List<String> gapsOrDuplicates() {
		List<String> wrong = new ArrayList<>();
		numbers.forEach((day, handedOut) -> {
			List<Integer> sorted = new ArrayList<>(handedOut);
			sorted.sort(null);
			for (int i = 0; i < sorted.size(); i++) {
				if (sorted.get(i) != i + 1) {
					wrong.add(day + ": expected " + (i + 1) + " but found " + sorted.get(i));
					return;
				}
			}
			Integer counter = counters.get(day);
			if (counter == null || counter != sorted.size()) {
				wrong.add(day + ": " + sorted.size() + " cases but the counter is at " + counter);
			}
		});
		return wrong;
	}

}
