package org.shequ.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.shequ.support.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The gate on every route into the engine: engine REST as Camunda Modeler uses it, the webapps' API,
 * the Java API that the startup deployer uses. Each rule refuses a deployment (400, every problem
 * listed, nothing deployed); only supervisors and the administrator deploy at all.
 */
@ShequTest
class DeploymentGateTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	Api api;

	long deploymentsBefore;

	@BeforeEach
	void countDeployments() {
		api = new Api(port);
		deploymentsBefore = repository.createDeploymentQuery().count();
	}

	static Stream<Arguments> brokenProcesses() {
		return Stream.of(Arguments.of("script-task.bpmn", "script tasks are not allowed"),
				Arguments.of("script-listener.bpmn", "an inline script (camunda:script, javascript)"),
				Arguments.of("script-mapping.bpmn", "an inline script (camunda:script, python)"),
				Arguments.of("script-condition.bpmn", "script language 'groovy'"),
				Arguments.of("no-form.bpmn", "has no Camunda Form"),
				Arguments.of("unknown-form.bpmn", "which is neither in this deployment nor deployed"),
				Arguments.of("no-assignee.bpmn", "has no assignee and no candidate groups or users"),
				Arguments.of("unknown-bean.bpmn", "names the bean 'recordResponce', but there is no such bean"),
				Arguments.of("wrong-bean.bpmn", "a CloseCase, which is not a TaskListener"),
				Arguments.of("java-class.bpmn", "names the Java class"),
				Arguments.of("no-history.bpmn", "has no history time-to-live"),
				Arguments.of("unknown-call.bpmn", "calls the process 'sample-subflow'"),
				Arguments.of("unknown-decision.bpmn", "evaluates the decision 'sample-rules'"),
				Arguments.of("engine-expression.bpmn", "reaches into the process engine"),
				Arguments.of("not-xml.bpmn", "is not valid BPMN 2.0 XML"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenProcesses")
	void aSupervisorsBrokenProcessIsRefusedWithTheReasonAndNothingIsDeployed(String fixture, String reason) {
		Samples sample = Samples.fresh("gate");

		Api.Response refused = new ModelerUpload(sample.key, List.of(sample.broken(fixture), sample.form()))
			.sendTo(api, "jfqsup");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		JsonNode body = refused.json();
		assertThat(body.get("type").asText()).isEqualTo("ParseException");
		assertThat(body.get("message").asText()).startsWith("部署未通过检查 Deployment refused by Shequ's model check")
			.contains(sample.key + ".bpmn")
			.contains(reason);
		assertThat(body.at("/details/" + sample.key + ".bpmn/errors/0/message").asText()).isNotBlank();
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(sample.key).count()).isZero();
	}

	static Stream<Arguments> brokenTriageTables() {
		return Stream.of(
				Arguments.of("triage-unknown-track.dmn",
						"as deployed process 'complaint-intake' (version 1, handleTrack (分轨办理)) uses it: sends 'track'"
								+ " = \"general-handlng\""),
				Arguments.of("triage-missing-output.dmn", "the bean applyTriage reads the output 'dispatch'"),
				Arguments.of("triage-bad-limit.dmn", "gives \"七天\" for 'resolveWithin', but applyTriage expects an"
						+ " ISO duration such as PT1H or P7D, or working days such as 15WD"),
				Arguments.of("triage-collect.dmn", "hit policy COLLECT may give several rules"),
				Arguments.of("triage-script.dmn", "'javascript' is a script language"),
				Arguments.of("triage-bad-feel.dmn", "is not valid FEEL"),
				Arguments.of("triage-unquoted.dmn", "write \"dispute\" in quotes"),
				Arguments.of("triage-no-history.dmn", "has no history time-to-live"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenTriageTables")
	void aChangedTriageTableIsCheckedAgainstTheDeployedIntakeThatEvaluatesIt(String fixture, String reason) {
		Api.Response refused = new ModelerUpload("case-triage", List.of(Fixtures.fixture("broken/" + fixture,
				"case-triage.dmn")))
			.sendTo(api, "jfqsup");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("message").asText()).contains("case-triage.dmn").contains(reason);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
	}

	@Test
	void misnamedFilesBrokenFormsAndOtherFilesAreRefused() {
		Samples sample = Samples.fresh("gate");
		ModelFile misnamed = ModelFile.of(sample.key + "-copy.bpmn", sample.bpmn().text());
		ModelFile brokenForm = ModelFile.of(sample.formId() + ".form", Fixtures.fixtureText("broken/not-json.form"));
		ModelFile script = ModelFile.of("helper.js", "java.lang.Runtime.getRuntime().exec('id')");

		Api.Response refused = new ModelerUpload(sample.key, List.of(misnamed, brokenForm, script)).sendTo(api, "jfqsup");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("message").asText())
			.contains(sample.key + "-copy.bpmn › " + sample.key + " (示例流程): the file is named '" + sample.key
					+ "-copy' but its process id is '" + sample.key + "'")
			.contains(sample.formId() + ".form: is not a Camunda Form: not readable as JSON")
			.contains("helper.js: only BPMN (.bpmn), DMN (.dmn) and Camunda Form (.form) files may be deployed");
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jfqgrid1", "auditor", "streetoffice", "civilaffairs" })
	void onlySupervisorsAndTheAdministratorDeploy(String user) {
		Samples sample = Samples.fresh("gate");

		Api.Response forbidden = new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form())).sendTo(api, user);

		assertThat(forbidden.status()).as(forbidden.toString()).isEqualTo(403);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
	}

	@Test
	void theAdministratorDeploysAndAnonymousCallersCannot() {
		Samples sample = Samples.fresh("gate");
		ModelerUpload upload = new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form()));

		assertThat(upload.sendTo(api, null).status()).isEqualTo(401);
		Api.Response deployed = upload.sendTo(api, "admin");

		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(sample.key).count()).isEqualTo(1);
	}

	@Test
	void aSupervisorMayNotDeleteADeploymentAndWithItTheRunningCases() {
		Samples sample = Samples.fresh("gate");
		String id = new ModelerUpload(sample.key, List.of(sample.bpmn(), sample.form())).sendTo(api, "jfqsup")
			.json()
			.get("id")
			.asText();

		assertThat(api.delete("/engine-rest/deployment/" + id + "?cascade=true", "jfqsup").status()).isEqualTo(403);
		assertThat(repository.createDeploymentQuery().deploymentId(id).count()).isEqualTo(1);
		assertThat(api.delete("/engine-rest/deployment/" + id + "?cascade=true", "admin").status()).isEqualTo(204);
	}

	@Test
	void theWebappsApiIsGatedToo() {
		Samples sample = Samples.fresh("gate");
		ModelerUpload broken = new ModelerUpload(sample.key, List.of(sample.broken("script-task.bpmn"), sample.form()));

		Api.Response viaTasklist = broken.sendTo(loggedIn("tasklist", "jfqsup"));
		Api.Response viaCockpit = broken.sendTo(loggedIn("cockpit", "admin"));

		assertThat(viaTasklist.status()).as(viaTasklist.toString()).isEqualTo(400);
		assertThat(viaTasklist.json().get("message").asText()).contains("script tasks are not allowed");
		assertThat(viaCockpit.status()).as(viaCockpit.toString()).isEqualTo(400);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
	}

	/** Logged in, with the CSRF token of the session the login started (a first read hands it out). */
	private WebappSession loggedIn(String app, String user) {
		WebappSession session = WebappSession.login(port, app, user, Api.PASSWORD);
		assertThat(session.get("/camunda/api/engine/engine/default/deployment/count").status()).isEqualTo(200);
		return session;
	}

	@Test
	void theJavaApiThatTheStartupDeployerUsesIsGatedToo() {
		Samples sample = Samples.fresh("gate");
		ModelFile broken = sample.broken("no-assignee.bpmn");
		ModelFile form = sample.form();

		assertThatThrownBy(() -> repository.createDeployment()
			.name(sample.key)
			.source("shequ-startup")
			.addInputStream("processes/" + broken.name(), new ByteArrayInputStream(broken.content()))
			.addInputStream("forms/" + form.name(), new ByteArrayInputStream(form.content()))
			.deploy())
			.isInstanceOf(DeploymentRefusedException.class)
			.hasMessageContaining("processes/" + sample.key + ".bpmn › secondStep (第二步): has no assignee");
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
	}

}
