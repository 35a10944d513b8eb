package org.shequ.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.support.TestCases.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.intake.Case;
import org.shequ.intake.CaseLog;
import org.shequ.intake.CaseLogRepository;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Moving running cases to a new version over POST /api/models/{key}/migrations: a dry run says which
 * can move and why the others cannot and changes nothing; the real run moves them and records it in
 * each case's log and the engine's operation log. Supervisors move their own communities' cases.
 */
@ShequTest
class ModelMigrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	TestCases cases;

	@Autowired
	CaseLogRepository logs;

	Api api;

	Samples sample;

	/** jiefangqiao, waiting at firstStep (which version 2 keeps). */
	ProcessInstance atFirstStep;

	/** jiefangqiao, waiting at secondStep (which version 2 replaced with reviewStep). */
	ProcessInstance atSecondStep;

	/** hongheba, at firstStep: not jfqsup's to move. */
	ProcessInstance otherCommunity;

	Case movable;

	@BeforeEach
	void twoVersionsWithRunningCases() {
		api = new Api(port);
		BpmnAwareTests.init(engine);
		sample = Samples.fresh("migrate");
		assertThat(new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form())).sendTo(api, "jfqsup").status())
			.isEqualTo(200);
		movable = cases.kase(cases.file(request("jiefangqiao", "jfq-1", "sanitation", false)));
		atFirstStep = start(movable);
		atSecondStep = start(cases.kase(cases.file(request("jiefangqiao", "jfq-2", "sanitation", false))));
		tasks.complete(tasks.createTaskQuery().processInstanceId(atSecondStep.getId()).singleResult().getId());
		otherCommunity = start(cases.kase(cases.file(request("hongheba", "hhb-1", "sanitation", false))));
		assertThat(new ModelerUpload(sample.key, List.of(sample.bpmnV2())).sendTo(api, "jfqsup").status())
			.isEqualTo(200);
	}

	@Test
	void aDryRunSaysWhichCasesCanMoveAndWhyOthersCannotAndMovesNothing() {
		Api.Response dryRun = migrate("jfqsup", Map.of("fromVersion", 1, "dryRun", true));

		assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
		JsonNode report = dryRun.json();
		assertThat(report.get("dryRun").asBoolean()).isTrue();
		assertThat(report.at("/from/version").asInt()).isEqualTo(1);
		assertThat(report.at("/to/version").asInt()).isEqualTo(2);
		assertThat(report.get("instances")).hasSize(2);
		JsonNode canMove = instance(report, atFirstStep);
		assertThat(canMove.get("canMigrate").asBoolean()).isTrue();
		assertThat(canMove.get("migrated").asBoolean()).isFalse();
		assertThat(canMove.get("businessKey").asText()).isEqualTo(movable.getTrackingNumber());
		assertThat(canMove.get("waitingAt")).extracting(JsonNode::asText).containsExactly("firstStep");
		JsonNode cannot = instance(report, atSecondStep);
		assertThat(cannot.get("canMigrate").asBoolean()).isFalse();
		assertThat(cannot.get("problems").get(0).asText()).startsWith("secondStep: ");
		assertThat(report.get("canMigrate").asInt()).isEqualTo(1);
		assertThat(report.get("cannotMigrate").asInt()).isEqualTo(1);
		assertThat(report.get("migrated").asInt()).isZero();

		assertThat(definitionVersionOf(atFirstStep)).isEqualTo(1);
		assertThat(logs.findByCaseIdOrderByIdAsc(movable.getId())).noneMatch(l -> l.getKind().equals("MIGRATED"));
	}

	@Test
	void theRealRunMovesTheCasesThatCanMoveAndRecordsItInTheirLogAndTheOperationLog() {
		Api.Response run = migrate("jfqsup", Map.of("fromVersion", 1, "toVersion", 2, "dryRun", false));

		assertThat(run.status()).as(run.toString()).isEqualTo(200);
		assertThat(run.json().get("migrated").asInt()).isEqualTo(1);
		assertThat(instance(run.json(), atFirstStep).get("migrated").asBoolean()).isTrue();
		assertThat(instance(run.json(), atSecondStep).get("migrated").asBoolean()).isFalse();
		assertThat(definitionVersionOf(atFirstStep)).isEqualTo(2);
		assertThat(definitionVersionOf(atSecondStep)).isEqualTo(1);
		assertThat(definitionVersionOf(otherCommunity)).isEqualTo(1);
		BpmnAwareTests.assertThat(atFirstStep).isWaitingAt("firstStep");

		CaseLog entry = logs.findByCaseIdOrderByIdAsc(movable.getId())
			.stream()
			.filter(l -> l.getKind().equals("MIGRATED"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getActor()).isEqualTo("jfqsup");
		assertThat(entry.getDetail()).contains(sample.key).contains("由第1版迁移到第2版").contains("firstStep");
		// the engine logs a migration per source version, with the number of instances moved
		assertThat(history.createUserOperationLogQuery()
			.processDefinitionId(atSecondStep.getProcessDefinitionId())
			.operationType(UserOperationLogEntry.OPERATION_TYPE_MIGRATE)
			.list()).isNotEmpty().extracting(UserOperationLogEntry::getUserId).containsOnly("jfqsup");

		tasks.complete(tasks.createTaskQuery().processInstanceId(atFirstStep.getId()).singleResult().getId());
		BpmnAwareTests.assertThat(atFirstStep).isWaitingAt("reviewStep");
	}

	@Test
	void eachSupervisorMovesTheirOwnCommunitysCasesAndTheAdministratorAll() {
		JsonNode hongheba = migrate("hhbsup", Map.of("fromVersion", 1)).json();
		JsonNode all = migrate("admin", Map.of("fromVersion", 1)).json();

		assertThat(hongheba.get("dryRun").asBoolean()).isTrue();
		assertThat(hongheba.get("instances")).hasSize(1);
		assertThat(instance(hongheba, otherCommunity).get("community").asText()).isEqualTo("hongheba");
		assertThat(all.get("instances")).hasSize(3);
		Api.Response notTheirs = migrate("jfqsup", Map.of("fromVersion", 1, "dryRun", false, "processInstanceIds",
				List.of(otherCommunity.getId())));
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(definitionVersionOf(otherCommunity)).isEqualTo(1);
	}

	@Test
	void onlySupervisorsAndTheAdministratorMigrate() {
		for (String user : List.of("jfqgrid1", "auditor", "streetoffice")) {
			assertThat(migrate(user, Map.of("fromVersion", 1)).status()).as(user).isEqualTo(403);
		}
		assertThat(definitionVersionOf(atFirstStep)).isEqualTo(1);
	}

	@Test
	void badRequestsAreRefusedAndChangeNothing() {
		assertThat(api.post("/api/models/no-such-process/migrations", "jfqsup", "{\"fromVersion\":1}").status())
			.isEqualTo(404);
		Api.Response noVersion = migrate("jfqsup", Map.of("dryRun", false));
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(noVersion.json().at("/errors/0/field").asText()).isEqualTo("fromVersion");
		assertThat(migrate("jfqsup", Map.of("fromVersion", 1, "toVersion", 9, "dryRun", false)).status()).isEqualTo(400);
		assertThat(migrate("jfqsup", Map.of("fromVersion", 2, "toVersion", 2)).status()).isEqualTo(400);
		assertThat(migrate("jfqsup", Map.of("fromVersion", 1, "processInstanceIds", List.of("nope"))).status())
			.isEqualTo(400);
		assertThat(migrate("jfqsup", Map.of("fromVersion", "1")).status()).isEqualTo(400);
		assertThat(migrate("jfqsup", Map.of("fromVersion", 1, "everything", true)).status()).isEqualTo(400);
		assertThat(definitionVersionOf(atFirstStep)).isEqualTo(1);
	}

	private ProcessInstance start(Case kase) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", kase.getId());
		variables.put("community", kase.getCommunityId());
		return runtime.startProcessInstanceByKey(sample.key, kase.getTrackingNumber(), variables);
	}

	private Api.Response migrate(String user, Map<String, Object> body) {
		return api.post("/api/models/" + sample.key + "/migrations", user, Api.json(body));
	}

	private int definitionVersionOf(ProcessInstance instance) {
		String definitionId = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
			.getProcessDefinitionId();
		return repository.getProcessDefinition(definitionId).getVersion();
	}

	private static JsonNode instance(JsonNode report, ProcessInstance instance) {
		return StreamSupport.stream(report.get("instances").spliterator(), false)
			.filter(i -> i.get("processInstanceId").asText().equals(instance.getId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("instance " + instance.getId() + " not in " + report));
	}

}
