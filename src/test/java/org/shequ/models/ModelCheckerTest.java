package org.shequ.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.models.Fixtures.fixture;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker on broken fixture models (src/test/resources/models/broken), one defect each, and on
 * correct ones, without the app: the beans are a fake catalog with the foundation's bean names.
 */
class ModelCheckerTest {

	static ModelChecker checker;

	@BeforeAll
	static void checker() {
		checker = new ModelChecker();
	}

	static Verdict check(List<ModelFile> files, Surroundings around) {
		return checker.check(files, around, Fixtures.beans());
	}

	static Verdict check(List<ModelFile> files) {
		return check(files, Surroundings.nothing());
	}

	@Test
	void theFoundationsModelsAndTheSamplePass() {
		assertThat(check(Fixtures.intake()).problems()).isEmpty();
		assertThat(check(Fixtures.sample()).problems()).isEmpty();
	}

	static Stream<Arguments> brokenProcesses() {
		return Stream.of(Arguments.of("script-task.bpmn", "secondStep (计算)", "script tasks are not allowed"),
				Arguments.of("script-listener.bpmn", "firstStep (第一步)", "inline script (camunda:script, javascript)"),
				Arguments.of("script-mapping.bpmn", "firstStep (第一步)", "inline script (camunda:script, python)"),
				Arguments.of("script-condition.bpmn", "toSecond", "script language 'groovy' is not allowed"),
				Arguments.of("no-form.bpmn", "secondStep (第二步)", "has no Camunda Form"),
				Arguments.of("unknown-form.bpmn", "secondStep (第二步)",
						"shows the form 'sample-track-missing', which is neither in this deployment nor deployed"),
				Arguments.of("no-assignee.bpmn", "secondStep (第二步)", "has no assignee and no candidate groups or users"),
				Arguments.of("unknown-bean.bpmn", "firstStep (第一步)",
						"the task listener (complete) names the bean 'recordResponce', but there is no such bean"),
				Arguments.of("wrong-bean.bpmn", "firstStep (第一步)",
						"names the bean 'closeCase', a JavaDelegate, which is not a TaskListener"),
				Arguments.of("java-class.bpmn", "secondStep (结案)", "names the Java class org.shequ.followup.CloseCase"),
				Arguments.of("no-history.bpmn", "sample-track (示例流程)", "has no history time-to-live"),
				Arguments.of("unknown-call.bpmn", "secondStep (转入子流程)",
						"calls the process 'sample-subflow', which is not in this deployment nor deployed"),
				Arguments.of("unknown-decision.bpmn", "secondStep (判定)",
						"evaluates the decision 'sample-rules', which is not in this deployment nor deployed"),
				Arguments.of("engine-expression.bpmn", "secondStep (第二步)", "reaches into the process engine"),
				Arguments.of("not-xml.bpmn", null, "is not valid BPMN 2.0 XML"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenProcesses")
	void aBrokenProcessIsRefusedWithTheElementAndTheReason(String fixture, String element, String reason) {
		Verdict verdict = check(List.of(fixture("broken/" + fixture, "sample-track.bpmn"),
				fixture("sample-track-step.form", "sample-track-step.form")));

		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.problems()).anySatisfy(p -> {
			assertThat(p.resource()).isEqualTo("sample-track.bpmn");
			assertThat(p.element()).isEqualTo(element);
			assertThat(p.message()).contains(reason);
		});
	}

	static Stream<Arguments> brokenTriageTables() {
		return Stream.of(
				Arguments.of("triage-unknown-track.dmn", "processes/complaint-intake.bpmn",
						"rule 9 (rule_9): sends 'track' = \"general-handlng\" to the call activity, but no process"
								+ " 'general-handlng' is in this deployment or deployed"),
				Arguments.of("triage-missing-output.dmn", "processes/complaint-intake.bpmn",
						"the bean applyTriage reads the output 'dispatch', which the table does not have"),
				Arguments.of("triage-bad-limit.dmn", "processes/complaint-intake.bpmn",
						"rule 9 (rule_9): gives \"七天\" for 'resolveWithin', but applyTriage expects"),
				Arguments.of("triage-collect.dmn", "processes/complaint-intake.bpmn",
						"maps the result as singleResult, but hit policy COLLECT may give several rules"),
				Arguments.of("triage-script.dmn", "processes/case-triage.dmn", "'javascript' is a script language"),
				Arguments.of("triage-bad-feel.dmn", "processes/case-triage.dmn",
						"the condition [0..7],[20..23 on '受理时刻（时）' is not valid FEEL"),
				Arguments.of("triage-unquoted.dmn", "processes/case-triage.dmn",
						"the condition dispute on '类别' is read as the name of a variable; to compare with a text write"
								+ " \"dispute\" in quotes"),
				Arguments.of("triage-no-history.dmn", "processes/case-triage.dmn", "the decision has no history time-to-live"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenTriageTables")
	void aBrokenTriageTableIsRefused(String fixture, String resource, String reason) {
		Verdict verdict = check(Fixtures.intakeWithTriage(fixture("broken/" + fixture, "processes/case-triage.dmn")));

		assertThat(verdict.problems()).anySatisfy(p -> {
			assertThat(p.resource()).isEqualTo(resource);
			assertThat(p.message()).contains(reason);
		});
	}

	@Test
	void aTriageTableDeployedAloneIsCheckedAgainstTheDeployedProcessesThatEvaluateIt() {
		Fixtures.Deployed deployed = new Fixtures.Deployed(Fixtures.intake());

		Verdict typo = check(List.of(fixture("broken/triage-unknown-track.dmn", "case-triage.dmn")), deployed);
		Verdict missing = check(List.of(fixture("broken/triage-missing-output.dmn", "case-triage.dmn")), deployed);
		Verdict fine = check(List.of(fixture("intake/case-triage.dmn", "case-triage.dmn")), deployed);

		assertThat(typo.problems()).singleElement().satisfies(p -> {
			assertThat(p.resource()).isEqualTo("case-triage.dmn");
			assertThat(p.element()).isEqualTo("case-triage › rule 9 (rule_9)");
			assertThat(p.message()).startsWith("as deployed process 'complaint-intake' (version 1, handleTrack (分轨办理))"
					+ " uses it: sends 'track' = \"general-handlng\"");
		});
		assertThat(missing.problems()).extracting(ModelProblem::message)
			.anySatisfy(m -> assertThat(m).contains("reads the output 'dispatch'"));
		assertThat(fine.problems()).isEmpty();
	}

	@Test
	void formsBoundByDeploymentThatAreDeployedAlreadyAreAttachedAndOthersRefused() {
		ModelFile bpmnOnly = fixture("sample-track.bpmn", "sample-track.bpmn");
		Fixtures.Deployed formDeployed = new Fixtures.Deployed(List.of(fixture("sample-track-step.form",
				"forms/sample-track-step.form")));

		Verdict attached = check(List.of(bpmnOnly), formDeployed);
		Verdict included = check(Fixtures.sample(), formDeployed);
		Verdict missing = check(List.of(bpmnOnly));

		assertThat(attached.problems()).isEmpty();
		assertThat(attached.formsToAttach()).containsExactly("sample-track-step");
		assertThat(included.formsToAttach()).isEmpty();
		assertThat(missing.problems()).hasSize(2)
			.allSatisfy(p -> assertThat(p.message()).contains("Include additional files"));
	}

	@Test
	void aFileNamedOtherThanItsProcessOrAnythingButModelsIsRefused() {
		List<ModelFile> files = new ArrayList<>(Fixtures.sample());
		files.set(0, fixture("sample-track.bpmn", "sample-trak.bpmn"));
		files.add(ModelFile.of("helper.js", "java.lang.Runtime.getRuntime()"));

		assertThat(check(files).problems()).extracting(ModelProblem::describe)
			.containsExactlyInAnyOrder("sample-trak.bpmn › sample-track (示例流程): the file is named 'sample-trak' but"
					+ " its process id is 'sample-track': name the file after the process id (a process deployed under"
					+ " a new id is a new process that nothing calls)",
					"helper.js: only BPMN (.bpmn), DMN (.dmn) and Camunda Form (.form) files may be deployed");
	}

	@Test
	void brokenFormsAreRefused() {
		Verdict notJson = check(List.of(fixture("sample-track.bpmn", "sample-track.bpmn"),
				fixture("broken/not-json.form", "sample-track-step.form")));
		Verdict noId = check(List.of(fixture("broken/no-id.form", "no-id.form")));

		assertThat(notJson.problems()).extracting(ModelProblem::message)
			.anySatisfy(m -> assertThat(m).startsWith("is not a Camunda Form: not readable as JSON"));
		assertThat(noId.problems()).extracting(ModelProblem::message)
			.containsExactly("is not a Camunda Form: it has no \"id\", and user tasks find forms by id");
	}

	@Test
	void everyProblemOfADeploymentIsReportedTogether() {
		Verdict verdict = check(List.of(fixture("broken/no-history.bpmn", "sample-track.bpmn"),
				fixture("broken/triage-script.dmn", "case-triage.dmn")));

		assertThat(verdict.problems()).extracting(ModelProblem::resource)
			.contains("sample-track.bpmn", "case-triage.dmn");
		assertThat(verdict.problems()).hasSizeGreaterThanOrEqualTo(3);
	}

}
