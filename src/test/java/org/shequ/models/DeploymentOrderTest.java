package org.shequ.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.models.Fixtures.fixture;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeploymentOrderTest {

	@Test
	void tracksComeBeforeTheTriageThatNamesThemAndTheTriageBeforeTheIntakeThatCallsIt() {
		ModelFile triage = Fixtures.intake("case-triage.dmn");
		String original = triage.text();
		ModelFile toSample = ModelFile.of("processes/case-triage.dmn", original
			.replace("<outputEntry id=\"rule_1_out_track\"><text>\"general-handling\"</text>",
					"<outputEntry id=\"rule_1_out_track\"><text>\"sample-track\"</text>"));
		assertThat(toSample.text()).isNotEqualTo(original);
		List<List<ModelFile>> alphabetical = List.of(List.of(toSample),
				List.of(Fixtures.intake("complaint-intake.bpmn")), List.of(Fixtures.intake("general-handling.bpmn")),
				List.of(fixture("sample-track.bpmn", "processes/sample-track.bpmn")));

		List<String> order = DeploymentOrder.dependenciesFirst(alphabetical, d -> d)
			.stream()
			.map(d -> d.get(0).baseName())
			.toList();

		assertThat(order).containsExactly("general-handling", "sample-track", "case-triage", "complaint-intake");
	}

	@Test
	void unreadableFilesAndUnrelatedModelsKeepTheirPlace() {
		List<List<ModelFile>> deployments = List.of(List.of(ModelFile.of("b.bpmn", "<not xml")),
				List.of(fixture("sample-track.bpmn", "sample-track.bpmn")), List.of(ModelFile.of("a.form", "{}")));

		assertThat(DeploymentOrder.dependenciesFirst(deployments, d -> d)).isEqualTo(deployments);
	}

}
