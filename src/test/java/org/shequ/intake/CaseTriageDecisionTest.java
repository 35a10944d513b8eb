package org.shequ.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Each row of case-triage.dmn, as deployed from processes/. */
@ShequTest
class CaseTriageDecisionTest {

	@Autowired
	DecisionService decisions;

	@ParameterizedTest(name = "{0} urgent={1} at {2}h → {3} {4} {5}/{6} {7}")
	@CsvSource({
			"dispute,      true,  14, dispute-mediation, urgent,    PT1H,  PT24H, oncall",
			"dispute,      true,   3, dispute-mediation, urgent,    PT1H,  PT24H, oncall",
			"dispute,      false, 23, dispute-mediation, general,   PT24H, P7D,   oncall",
			"dispute,      false,  6, dispute-mediation, general,   PT24H, P7D,   oncall",
			"dispute,      false,  8, dispute-mediation, general,   PT24H, P7D,   grid",
			"dispute,      false, 19, dispute-mediation, general,   PT24H, P7D,   grid",
			"relief,       true,  10, relief-application, urgent,  PT1H,  15WD,  oncall",
			"relief,       false, 10, relief-application, complex, PT24H, 15WD,  grid",
			"relief,       true,   2, relief-application, urgent,  PT1H,  15WD,  oncall",
			"repair,       true,  22, repair-referral,  urgent,    PT1H,  PT24H, oncall",
			"repair,       false, 22, repair-referral,  utilities, PT24H, P7D,   grid",
			"sanitation,   true,  10, general-handling, urgent,    PT1H,  PT24H, oncall",
			"consultation, false,  2, general-handling, general,   PT24H, P7D,   grid",
			"other,        false, 12, general-handling, general,   PT24H, P7D,   grid" })
	void triageRow(String category, boolean urgent, int hour, String track, String timeClass, String respondWithin,
			String resolveWithin, String dispatch) {
		Map<String, Object> result = decisions.evaluateDecisionTableByKey("case-triage",
				Variables.createVariables()
					.putValue("category", category)
					.putValue("urgent", urgent)
					.putValue("receivedHour", hour))
			.getSingleResult()
			.getEntryMap();

		assertThat(result).containsEntry("track", track)
			.containsEntry("timeClass", timeClass)
			.containsEntry("respondWithin", respondWithin)
			.containsEntry("resolveWithin", resolveWithin)
			.containsEntry("dispatch", dispatch);
	}

}
