package org.shequ.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The build's model check: processes/ and forms/ as they are in the repository, against the app's
 * real beans, pass the same rules the engine applies to every deployment. A broken model in these
 * folders fails mvn verify here, with the list of problems.
 */
@ShequTest
class ModelFoldersTest {

	@Autowired
	ModelChecker checker;

	@Autowired
	BeanCatalog beans;

	@Test
	void processesAndFormsPassTheModelRules() {
		List<ModelFile> files = Fixtures.folders();

		Verdict verdict = checker.check(files, Surroundings.nothing(), beans);

		assertThat(files).extracting(ModelFile::kind).contains(ModelFile.Kind.BPMN, ModelFile.Kind.DMN,
				ModelFile.Kind.FORM);
		assertThat(verdict.problems()).as("problems in processes/ and forms/").isEmpty();
	}

	@Test
	void theRealBeansAreWhatTheRulesCheckAgainst() {
		assertThat(beans.decisionResultReader("applyTriage")).hasValueSatisfying(reader -> {
			assertThat(reader.decisionResultVariable()).isEqualTo("triage");
			assertThat(reader.decisionOutputsRead()).extracting(o -> o.name())
				.containsExactly("track", "timeClass", "respondWithin", "resolveWithin", "dispatch");
		});
		assertThat(beans.typeOf("recordResponse")).isPresent();
		assertThat(beans.typeOf("noSuchBean")).isEmpty();

		Verdict broken = checker.check(List.of(Fixtures.fixture("broken/triage-bad-limit.dmn", "processes/case-triage.dmn"),
				Fixtures.real(Fixtures.PROCESSES, "complaint-intake.bpmn")), Surroundings.nothing(), beans);
		assertThat(broken.problems()).extracting(ModelProblem::message)
			.anySatisfy(m -> assertThat(m).contains("gives \"七天\" for 'resolveWithin', but applyTriage expects"));
	}

}
