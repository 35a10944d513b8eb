package org.shequ.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Each row of relief-eligibility.dmn, as deployed from processes/, with its edges. */
@ShequTest
class ReliefEligibilityDecisionTest {

	static final double LINE = 800;

	@Autowired
	DecisionService decisions;

	/** A household of three with no hardship and income well above the line: nothing applies. */
	static VariableMap household() {
		return Variables.createVariables()
			.putValue("perHeadIncome", 4000.0)
			.putValue("localLine", LINE)
			.putValue("savings", 0.0)
			.putValue("householdSize", 3)
			.putValue("housing", "one")
			.putValue("vehicle", false)
			.putValue("seriousIllness", false)
			.putValue("disability", false)
			.putValue("elderlyAlone", false)
			.putValue("lossOfWork", false)
			.putValue("accident", false)
			.putValue("urgent", false)
			.putValue("hasMinor", false);
	}

	List<String> programmes(VariableMap inputs) {
		return decisions.evaluateDecisionTableByKey("relief-eligibility", inputs)
			.getResultList()
			.stream()
			.map(row -> (String) row.get("programme"))
			.toList();
	}

	@Test
	void noHardshipAndIncomeAboveTheLineGivesNothing() {
		assertThat(programmes(household())).isEmpty();
	}

	@ParameterizedTest(name = "低保: per head {0}, savings {1}, housing {2}, vehicle {3} → {4}")
	@CsvSource({ "800,   57600, one,     false, true", "0,     0,     none,    false, true",
			"801,   0,     none,    false, false", "800,   57601, one,     false, false",
			"500,   0,     several, false, false", "500,   0,     one,     true,  false" })
	void row1MinimumLivingGuaranteeNeedsIncomeAndAssetsWithinTheLine(double perHead, double savings, String housing,
			boolean vehicle, boolean dibao) {
		VariableMap inputs = household().putValue("perHeadIncome", perHead)
			.putValue("savings", savings)
			.putValue("housing", housing)
			.putValue("vehicle", vehicle);
		if (dibao) {
			assertThat(programmes(inputs)).containsExactly("dibao");
		}
		else {
			assertThat(programmes(inputs)).isEmpty();
		}
	}

	@ParameterizedTest(name = "临时救助: per head {0}, {1} → {2}")
	@CsvSource({ "1600, lossOfWork, true", "1200, accident, true", "1601, lossOfWork, false",
			"1200, elderlyAlone, false" })
	void row2TemporaryAssistanceForSuddenHardshipUpToTwiceTheLine(double perHead, String hardship, boolean temporary) {
		List<String> result = programmes(household().putValue("perHeadIncome", perHead).putValue(hardship, true));
		if (temporary) {
			assertThat(result).containsExactly("temporary");
		}
		else {
			assertThat(result).doesNotContain("temporary");
		}
	}

	@ParameterizedTest(name = "急难: urgent {0}, {1} → {2}")
	@CsvSource({ "true, accident, true", "false, accident, false", "true, lossOfWork, false" })
	void row3EmergencyAssistanceWhenUrgentAndIllOrInjuredWhateverTheIncome(boolean urgent, String hardship,
			boolean emergency) {
		List<String> result = programmes(household().putValue("urgent", urgent).putValue(hardship, true));
		if (emergency) {
			assertThat(result).containsExactly("emergency");
		}
		else {
			assertThat(result).doesNotContain("emergency");
		}
	}

	@Test
	void row3EmergencyAlsoForSeriousIllness() {
		assertThat(programmes(household().putValue("urgent", true).putValue("seriousIllness", true)))
			.containsExactlyInAnyOrder("emergency", "redcross");
	}

	@Test
	void row4WomensFederationForAChildInAFamilyWithSeriousIllness() {
		assertThat(programmes(household().putValue("seriousIllness", true).putValue("hasMinor", true)))
			.containsExactlyInAnyOrder("womensfed", "redcross");
		assertThat(programmes(household().putValue("hasMinor", true))).isEmpty();
	}

	@Test
	void row5RedCrossForSeriousIllness() {
		assertThat(programmes(household().putValue("seriousIllness", true))).containsExactly("redcross");
	}

	@ParameterizedTest(name = "民政局: {0}")
	@CsvSource({ "elderlyAlone", "disability" })
	void row6CivilAffairsBureauForElderlyLivingAloneOrDisabled(String hardship) {
		assertThat(programmes(household().putValue(hardship, true))).containsExactly("civilaffairs");
	}

	@Test
	void row7CivilAffairsBureauForSeriousIllnessInALowIncomeHousehold() {
		assertThat(programmes(household().putValue("perHeadIncome", 1500.0)
			.putValue("savings", 100000.0)
			.putValue("seriousIllness", true))).containsExactlyInAnyOrder("temporary", "redcross", "civilaffairs");
	}

	@Test
	void theHonghebaFamilyQualifiesForEverything() {
		// mother on a small pension and a 17-year-old daughter with leukaemia, filed as urgent
		assertThat(programmes(household().putValue("perHeadIncome", 600.0)
			.putValue("householdSize", 2)
			.putValue("savings", 5000.0)
			.putValue("seriousIllness", true)
			.putValue("hasMinor", true)
			.putValue("urgent", true))).containsExactlyInAnyOrder("dibao", "temporary", "emergency", "womensfed",
					"redcross", "civilaffairs");
	}

}
