package org.shequ.mediation;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.springframework.stereotype.Component;

/**
 * Opens a mediation task with what is known: the earlier mediations as read-only text
 * ({@code mediationRecord}, task-local like the case facts) and, for the mediation forms, the parties
 * and findings of the last mediation (the reporter as party A the first time) as editable values.
 * The editable values are process variables because the submitted form writes there; the complete
 * listener removes them again.
 */
@Component("prefillMediation")
class PrefillMediation implements TaskListener {

	static final String RECORD = "mediationRecord";

	private static final List<String> MEDIATION_TASKS = List.of("mediateOnSite", "streetMediation");

	private final CaseRecords records;

	private final MediationSessionRepository sessions;

	private final MediationHistory history;

	PrefillMediation(CaseRecords records, MediationSessionRepository sessions, MediationHistory history) {
		this.records = records;
		this.sessions = sessions;
		this.history = history;
	}

	@Override
	public void notify(DelegateTask task) {
		Case kase = records.of(task);
		task.setVariableLocal(RECORD, history.of(kase.getId()));
		if (!MEDIATION_TASKS.contains(task.getTaskDefinitionKey())) {
			return;
		}
		Optional<MediationSession> last = sessions.findFirstByCaseIdOrderByIdDesc(kase.getId());
		Findings known = last.map(MediationSession::findings)
			.orElse(new Findings(kase.getReporterName(), kase.getReporterPhone(), null, null, null, null, null, null));
		prefill(task, "partyAName", known.partyAName());
		prefill(task, "partyAPhone", known.partyAPhone());
		prefill(task, "partyBName", known.partyBName());
		prefill(task, "partyBPhone", known.partyBPhone());
		prefill(task, "factsFound", known.factsFound());
		prefill(task, "lossClaimed", known.lossClaimed());
		prefill(task, "lossFound", known.lossFound());
		prefill(task, "proposal", known.proposal());
	}

	private static void prefill(DelegateTask task, String name, String value) {
		if (value != null) {
			task.getExecution().setVariable(name, value);
		}
	}

}
