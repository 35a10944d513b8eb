package org.shequ.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tamper evidence: the chain verifies; a row edited directly in the database (a chain entry, the case
 * log, a case, the operation log) or entries cut from the end are found; an export checks out offline
 * and a changed line does not; concurrent filings still make one unbroken chain. Every edit is put
 * back, since the other tests share the database.
 */
@ShequTest
class AuditChainTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void init() {
		api = new Api(port);
	}

	@Test
	void anIntactChainVerifies() {
		String tn = file();

		JsonNode result = verify();
		assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
		assertThat(result.get("entries").asLong()).isEqualTo(result.get("headSeq").asLong()).isPositive();
		assertThat(result.get("recordsChecked").asLong()).isPositive();
		assertThat(result.get("historyRowsChecked").asLong()).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from audit_chain where kind = 'shequ:shequ_case:insert'"
				+ " and content like ?", Long.class, "%" + tn + "%")).isEqualTo(1);
	}

	@Test
	void aChangeLeftToDirtyCheckingIsChainedBeforeTheCommit() {
		Map<String, Object> asset = Map.of("community", "jiefangqiao", "name", "链测试院落" + System.nanoTime(), "type",
				"compound", "location", "解放桥路", "ownerKind", "owner_unit", "ownerName", "市电业局", "ownerContact", "王科长",
				"ownerPhone", "0813-5200001");
		Api.Response created = api.post("/api/assets", "jfqsup", Api.json(asset));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asText();

		// retiring only modifies the managed entity: Hibernate writes it while committing
		assertThat(api.delete("/api/assets/" + id, "jfqsup").status()).isEqualTo(204);

		assertThat(jdbc.queryForObject("select count(*) from audit_chain where kind = 'shequ:asset:update'"
				+ " and ref_id = ? and content like '%\"retired\":true%'", Long.class, id)).isEqualTo(1);
		JsonNode result = verify();
		assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
	}

	@Test
	void anEditedChainEntryIsTheFirstBrokenEntry() {
		file();
		long seq = jdbc.queryForObject("select max(seq) from audit_chain where kind = 'shequ:case_log:insert'", Long.class);
		String content = jdbc.queryForObject("select content from audit_chain where seq = ?", String.class, seq);
		try {
			jdbc.update("update audit_chain set content = ? where seq = ?", content.replace("\"actor\":\"", "\"actor\":\"x"), seq);
			JsonNode result = verify();
			assertThat(result.get("ok").asBoolean()).isFalse();
			assertThat(result.get("firstBrokenEntry").get("seq").asLong()).isEqualTo(seq);
			assertThat(result.get("firstBrokenEntry").get("problem").asText()).contains("content was changed");
			assertThat(result.get("entries").asLong()).isEqualTo(seq - 1);

			String forged = content.replace("\"actor\":\"", "\"actor\":\"x");
			String forgedHash = ChainHashes.sha256(forged);
			String prev = jdbc.queryForObject("select prev_hash from audit_chain where seq = ?", String.class, seq);
			jdbc.update("update audit_chain set content = ?, content_hash = ?, entry_hash = ? where seq = ?", forged,
					forgedHash, ChainHashes.entryHash(seq, prev, forgedHash), seq);
			JsonNode rehashed = verify();
			assertThat(rehashed.get("ok").asBoolean()).isFalse();
			assertThat(rehashed.get("firstBrokenEntry").get("seq").asLong()).as("the next entry no longer links")
				.isEqualTo(seq + 1);
		}
		finally {
			restore(seq, content);
		}
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	@Test
	void entriesCutFromTheEndAreMissed() {
		file();
		Map<String, Object> last = jdbc.queryForMap("select * from audit_chain where seq = (select max(seq) from audit_chain)");
		try {
			jdbc.update("delete from audit_chain where seq = ?", last.get("seq"));
			JsonNode result = verify();
			assertThat(result.get("ok").asBoolean()).isFalse();
			assertThat(result.get("firstBrokenEntry").get("seq").asLong()).isEqualTo(((Number) last.get("seq")).longValue());
		}
		finally {
			jdbc.update("insert into audit_chain (seq, recorded_at, kind, ref_type, ref_id, content, content_hash, prev_hash,"
					+ " entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", last.get("seq"), last.get("recorded_at"),
					last.get("kind"), last.get("ref_type"), last.get("ref_id"), last.get("content"), last.get("content_hash"),
					last.get("prev_hash"), last.get("entry_hash"));
		}
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	@Test
	void rowsEditedBehindTheApplicationsBackAreFound() {
		String tn = file();
		long caseId = jdbc.queryForObject("select id from shequ_case where tracking_number = ?", Long.class, tn);
		long logId = jdbc.queryForObject("select min(id) from case_log where case_id = ?", Long.class, caseId);
		String detail = jdbc.queryForObject("select detail from case_log where id = ?", String.class, logId);
		String phone = jdbc.queryForObject("select reporter_phone from shequ_case where id = ?", String.class, caseId);
		String operation = jdbc.queryForObject("select max(ID_) from ACT_HI_OP_LOG where USER_ID_ = 'jfqgrid1'", String.class);
		try {
			jdbc.update("update case_log set detail = '已办结' where id = ?", logId);
			jdbc.update("update shequ_case set reporter_phone = '13800000000' where id = ?", caseId);
			jdbc.update("update ACT_HI_OP_LOG set USER_ID_ = 'jfqsup' where ID_ = ?", operation);
			jdbc.update("insert into case_log (case_id, kind, logged_at, actor, detail) values (?, 'CLOSED',"
					+ " current_timestamp, 'jfqsup', '补录')", caseId);

			JsonNode result = verify();
			assertThat(result.get("ok").asBoolean()).isFalse();
			assertThat(result.get("firstBrokenEntry").isNull()).as("the chain itself is intact").isTrue();
			List<String> altered = new ArrayList<>();
			result.get("alteredRecords").forEach(r -> altered.add(r.get("table").asText() + " " + r.get("key").asText()
					+ ": " + r.get("problem").asText()));
			assertThat(altered).anyMatch(a -> a.startsWith("case_log " + logId + ": differs"))
				.anyMatch(a -> a.startsWith("shequ_case " + caseId + ": differs"))
				.anyMatch(a -> a.startsWith("ACT_HI_OP_LOG " + operation + ": differs") && a.contains("userId"))
				.anyMatch(a -> a.startsWith("case_log ") && a.contains("no chained entry"));
		}
		finally {
			jdbc.update("delete from case_log where case_id = ? and detail = '补录'", caseId);
			jdbc.update("update case_log set detail = ? where id = ?", detail, logId);
			jdbc.update("update shequ_case set reporter_phone = ? where id = ?", phone, caseId);
			jdbc.update("update ACT_HI_OP_LOG set USER_ID_ = 'jfqgrid1' where ID_ = ?", operation);
		}
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	@Test
	void anExportChecksOutOfflineAndAChangedLineDoesNot() throws IOException, InterruptedException {
		String tn = file();
		Api.Response export = api.get("/api/audit/export?from=2000-01-01", "auditor");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
		String[] lines = export.body().split("\n");
		JsonNode first = json(lines[0]);
		assertThat(first.get("seq").asLong()).isEqualTo(1);
		assertThat(first.get("prevHash").asText()).isEqualTo(ChainHashes.GENESIS);
		String caseLine = java.util.Arrays.stream(lines)
			.filter(l -> l.contains("shequ:shequ_case:insert") && json(l).get("content").asText().contains(tn))
			.findFirst()
			.orElseThrow();
		assertThat(json(caseLine).get("personalData").toString()).contains("content.data.state.reporterPhone",
				"content.data.state.reporterName");

		String checked = offline(export.body());
		assertThat(checked).startsWith("OK " + lines.length + " entries");
		assertThat(checked).endsWith(json(lines[lines.length - 1]).get("hash").asText());

		String tampered = export.body().replace("\\\"title\\\"", "\\\"titel\\\"");
		assertThat(tampered).isNotEqualTo(export.body());
		assertThat(offline(tampered)).startsWith("BROKEN").contains("content does not match");

		// the shell check runs two jq processes a line: the last 40 lines are enough to show it works
		String recent = String.join("\n", java.util.Arrays.asList(lines).subList(lines.length - 40, lines.length)) + "\n";
		Path file = Files.createTempFile("shequ-audit-", ".jsonl");
		Files.writeString(file, recent);
		Path script = Paths.get("tools", "verify-audit-export.sh");
		Assumptions.assumeTrue(onPath("jq") && onPath("sha256sum"), "jq and sha256sum are not installed: "
				+ "skipping the shell check of the export");
		Process run = new ProcessBuilder("bash", script.toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(run.waitFor(120, TimeUnit.SECONDS) ? run.exitValue() : -1).as(output).isZero();
		assertThat(output).contains("OK 40 entries");
		Files.writeString(file, recent.replace("\\\"actor\\\"", "\\\"aktor\\\""));
		Process broken = new ProcessBuilder("bash", script.toString(), file.toString()).redirectErrorStream(true).start();
		String brokenOutput = new String(broken.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(broken.waitFor(120, TimeUnit.SECONDS) ? broken.exitValue() : -1).as(brokenOutput).isEqualTo(1);
		assertThat(brokenOutput).contains("BROKEN");
	}

	@Test
	void anExportOfAPeriodIsWidenedToWholeLinkedEntriesAndBadPeriodsAreRefused() {
		file();
		Api.Response none = api.get("/api/audit/export?from=1999-01-01&to=1999-02-01", "auditor");
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.body()).isEmpty();
		Api.Response today = api.get("/api/audit/export?from=" + java.time.LocalDate.now(TestCases.BEIJING).minusDays(1)
				+ "&to=" + java.time.LocalDate.now(TestCases.BEIJING).plusDays(2), "auditor");
		assertThat(today.status()).isEqualTo(200);
		assertThat(offline(today.body())).startsWith("OK ");
		assertThat(api.get("/api/audit/export?from=yesterday", "auditor").status()).isEqualTo(400);
		assertThat(api.get("/api/audit/export?from=2026-02-01&to=2026-01-01", "auditor").status()).isEqualTo(400);
	}

	@Test
	void concurrentFilingsMakeOneUnbrokenChain() throws Exception {
		long before = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Integer>> filings = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				filings.add(pool.submit(() -> api.post("/api/cases", "jfqgrid1", Api.json(TestCases.caseBody())).status()));
			}
			for (Future<Integer> filing : filings) {
				assertThat(filing.get(120, TimeUnit.SECONDS)).isEqualTo(201);
			}
		}
		finally {
			pool.shutdownNow();
		}
		long after = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_chain where seq > ? and seq <= ?", Long.class, before,
				after)).isEqualTo(after - before);
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	private String file() {
		Api.Response filed = api.post("/api/cases", "jfqgrid1", Api.json(TestCases.caseBody()));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		return filed.json().get("trackingNumber").asText();
	}

	private JsonNode verify() {
		Api.Response response = api.get("/api/audit/verify", "auditor");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private void restore(long seq, String content) {
		String hash = ChainHashes.sha256(content);
		String prev = jdbc.queryForObject("select prev_hash from audit_chain where seq = ?", String.class, seq);
		jdbc.update("update audit_chain set content = ?, content_hash = ?, entry_hash = ? where seq = ?", content, hash,
				ChainHashes.entryHash(seq, prev, hash), seq);
	}

	private static String offline(String export) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			String problem = AuditExportVerifier.check(new BufferedReader(new StringReader(export)),
					new PrintStream(out, true, StandardCharsets.UTF_8));
			return problem == null ? out.toString(StandardCharsets.UTF_8).trim() : "BROKEN " + problem;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode json(String line) {
		return new Api.Response(200, Map.of(), line).json();
	}

	private static boolean onPath(String command) {
		return java.util.Arrays.stream(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Paths.get(d, command)));
	}

}
