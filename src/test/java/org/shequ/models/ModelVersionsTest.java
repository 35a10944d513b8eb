package org.shequ.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A supervisor changes a flow the way Camunda Modeler deploys it: the new version is what new cases
 * start on, running cases stay on theirs, and GET /api/models shows both with who deployed them.
 */
@ShequTest
class ModelVersionsTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	Api api;

	@BeforeEach
	void init() {
		api = new Api(port);
		BpmnAwareTests.init(engine);
	}

	@Test
	void aChangedModelDeployedFromModelerBecomesTheNewVersionAndRunningCasesKeepTheirs() throws IOException {
		Samples sample = Samples.fresh("changed");
		Api.Response first = new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form())).sendTo(api, "jfqsup");
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		ProcessInstance running = start(sample.key);

		// Modeler sends only the diagram: the gate adds the form it binds by deployment, as deployed
		Api.Response second = new ModelerUpload(sample.key, List.of(sample.bpmnV2())).sendTo(api, "jfqsup");
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		Api.Response unchanged = new ModelerUpload(sample.key, List.of(sample.bpmnV2())).sendTo(api, "jfqsup");

		ProcessDefinition v1 = definition(sample.key, 1);
		ProcessDefinition v2 = definition(sample.key, 2);
		assertThat(second.json().at("/deployedProcessDefinitions/" + v2.getId() + "/version").asInt()).isEqualTo(2);
		assertThat(unchanged.json().get("id").asText()).isEqualTo(second.json().get("id").asText());
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(sample.key).count()).isEqualTo(2);
		assertThat(repository.getDeploymentResourceNames(v2.getDeploymentId()))
			.containsExactlyInAnyOrder(sample.key + ".bpmn", sample.key + "-step.form");
		assertThat(formOf(v2)).isEqualTo(sample.form().text());

		assertThat(running.getProcessDefinitionId()).isEqualTo(v1.getId());
		BpmnAwareTests.assertThat(running).isWaitingAt("firstStep");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
			.getProcessDefinitionId()).isEqualTo(v1.getId());
		ProcessInstance started = start(sample.key);
		assertThat(started.getProcessDefinitionId()).isEqualTo(v2.getId());

		assertThat(history.createUserOperationLogQuery()
			.deploymentId(v2.getDeploymentId())
			.entityType(EntityTypes.DEPLOYMENT)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
			.list()).isNotEmpty().extracting(UserOperationLogEntry::getUserId).containsOnly("jfqsup");
	}

	@Test
	void aChangedFormIsDeployedWithTheModelAsAnAdditionalFile() throws IOException {
		Samples sample = Samples.fresh("changed");
		new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form())).sendTo(api, "jfqsup");

		Api.Response withNewForm = new ModelerUpload(sample.key, List.of(sample.bpmnV2(), sample.formV2()))
			.sendTo(api, "mzjsup");

		assertThat(withNewForm.status()).as(withNewForm.toString()).isEqualTo(200);
		assertThat(formOf(definition(sample.key, 2))).contains("stepResult");
		assertThat(formOf(definition(sample.key, 1))).doesNotContain("stepResult");
	}

	@Test
	void theModelsListShowsEveryVersionWithWhoDeployedItWhenAndHowManyCasesRunOnIt() {
		Samples sample = Samples.fresh("listed");
		new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form())).sendTo(api, "jfqsup");
		start(sample.key);
		start(sample.key);
		new ModelerUpload(sample.key, List.of(sample.bpmnV2())).sendTo(api, "admin");
		start(sample.key);

		Api.Response listed = api.get("/api/models", "hhbsup");

		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		JsonNode model = find(listed.json().get("processes"), sample.key);
		assertThat(model.get("name").asText()).isEqualTo("示例流程");
		assertThat(model.get("latestVersion").asInt()).isEqualTo(2);
		JsonNode v1 = model.get("versions").get(0);
		JsonNode v2 = model.get("versions").get(1);
		assertThat(v1.get("version").asInt()).isEqualTo(1);
		assertThat(v1.get("deployedBy").asText()).isEqualTo("jfqsup");
		assertThat(v1.get("source").asText()).isEqualTo(ModelerUpload.SOURCE);
		assertThat(v1.get("runningInstances").asLong()).isEqualTo(2);
		assertThat(v1.get("latest").asBoolean()).isFalse();
		assertThat(v1.get("deployedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+08:00");
		assertThat(v2.get("deployedBy").asText()).isEqualTo("admin");
		assertThat(v2.get("runningInstances").asLong()).isEqualTo(1);
		assertThat(v2.get("latest").asBoolean()).isTrue();
		assertThat(v2.get("resources")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder(sample.key + ".bpmn", sample.key + "-step.form");

		JsonNode intake = find(listed.json().get("processes"), "complaint-intake");
		assertThat(intake.get("versions").get(0).get("deployedBy").asText()).isEqualTo("system");
		assertThat(intake.get("versions").get(0).get("source").asText()).isEqualTo("shequ-startup");
		JsonNode triage = find(listed.json().get("decisions"), "case-triage");
		assertThat(triage.get("versions").get(0).has("evaluations")).isTrue();
		assertThat(triage.get("versions").get(0).get("runningInstances").isNull()).isTrue();
	}

	@Test
	void aSupervisorRollsBackByRedeployingThePreviousVersionWhichPassesTheGateAgain() {
		Samples sample = Samples.fresh("rollback");
		String first = new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form())).sendTo(api, "jfqsup")
			.json()
			.get("id")
			.asText();
		new ModelerUpload(sample.key, List.of(sample.bpmnV2())).sendTo(api, "jfqsup");

		Api.Response rolledBack = api.post("/engine-rest/deployment/" + first + "/redeploy", "jfqsup", "{}");

		assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
		ProcessDefinition v3 = definition(sample.key, 3);
		assertThat(v3.getDeploymentId()).isEqualTo(rolledBack.json().get("id").asText());
		BpmnAwareTests.assertThat(start(sample.key)).isWaitingAt("firstStep");
		assertThat(repository.getDeploymentResourceNames(v3.getDeploymentId()))
			.containsExactlyInAnyOrder(sample.key + ".bpmn", sample.key + "-step.form");
	}

	@Test
	void theAuditorAndTheAdministratorReadTheModelsListAndCaseworkersDoNot() {
		assertThat(api.get("/api/models", "auditor").status()).isEqualTo(200);
		assertThat(api.get("/api/models", "admin").status()).isEqualTo(200);
		Api.Response caseworker = api.get("/api/models", "jfqgrid1");
		assertThat(caseworker.status()).isEqualTo(403);
		assertThat(caseworker.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.get("/api/models", null).status()).isEqualTo(401);
	}

	private ProcessInstance start(String key) {
		return runtime.startProcessInstanceByKey(key, Map.of("community", "jiefangqiao"));
	}

	private ProcessDefinition definition(String key, int version) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
			.singleResult();
	}

	private String formOf(ProcessDefinition definition) throws IOException {
		String form = repository.getDeploymentResourceNames(definition.getDeploymentId())
			.stream()
			.filter(n -> n.endsWith(".form"))
			.findFirst()
			.orElseThrow();
		try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), form)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static JsonNode find(JsonNode models, String key) {
		return StreamSupport.stream(models.spliterator(), false)
			.filter(m -> m.get("key").asText().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no model " + key + " in " + models));
	}

}
