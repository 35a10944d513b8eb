package org.shequ.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Each row of repair-responsibility.dmn, as deployed from processes/. */
@ShequTest
class RepairResponsibilityDecisionTest {

	@Autowired
	DecisionService decisions;

	@ParameterizedTest(name = "{0}/{1} home={2} vulnerable={3} → {4} then {5}, {6}, volunteers {7}")
	@CsvSource({
			"none,          none,       true,  true,  community, ,                   P14D, true",
			"street_lights, municipal,  true,  true,  community, ,                   P14D, true",
			"none,          none,       true,  false, manager,   ,                   P7D,  false",
			"building,      property,   true,  false, manager,   ,                   P7D,  false",
			"none,          none,       false, true,  community, ,                   P7D,  false",
			"building,      community,  false, false, community, ,                   P7D,  false",
			"street_lights, municipal,  false, false, owner,     ,                   5WD,  false",
			"street_lights, owner_unit, false, false, owner,     urban-construction, 5WD,  false",
			"street_lights, property,   false, true,  owner,     urban-construction, 5WD,  false",
			"road,          municipal,  false, false, owner,     ,                   10WD, false",
			"road,          owner_unit, false, false, owner,     urban-construction, 10WD, false",
			"compound,      owner_unit, false, false, manager,   owner,              5WD,  false",
			"building,      owner_unit, false, true,  manager,   owner,              5WD,  false",
			"compound,      property,   false, false, owner,     ,                   5WD,  false",
			"building,      municipal,  false, false, owner,     ,                   10WD, false" })
	void responsibilityRow(String assetType, String ownerKind, boolean insideHome, boolean vulnerable,
			String responsible, String next, String timeLimit, boolean volunteerTeam) {
		Map<String, Object> result = decisions.evaluateDecisionTableByKey("repair-responsibility",
				Variables.createVariables()
					.putValue("assetType", assetType)
					.putValue("ownerKind", ownerKind)
					.putValue("insideHome", insideHome)
					.putValue("vulnerable", vulnerable))
			.getSingleResult()
			.getEntryMap();

		assertThat(result.get("responsibleParty")).isEqualTo(responsible);
		assertThat(result.get("nextParty")).isEqualTo(next);
		assertThat(result.get("timeLimit")).isEqualTo(timeLimit);
		assertThat(result.get("volunteerTeam")).isEqualTo(volunteerTeam);
	}

}
