package org.shequ.intake;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.system.DecisionResultReader;
import org.springframework.stereotype.Component;

/**
 * Stores the triage decision ({@code case-triage.dmn}, result in variable {@code triage}) in the case
 * and keeps in the process only what its call activity, gateway and timers read: {@code track},
 * {@code dispatch}, {@code respondBy}, {@code resolveBy}.
 */
@Component("applyTriage")
class ApplyTriage implements JavaDelegate, DecisionResultReader {

	static final String TRIAGE = "triage";

	private final CaseRecords records;

	private final Deadlines deadlines;

	ApplyTriage(CaseRecords records, Deadlines deadlines) {
		this.records = records;
		this.deadlines = deadlines;
	}

	/** What this reads of case-triage.dmn; the deployment gate refuses a table that does not give it. */
	@Override
	public List<Output> decisionOutputsRead() {
		String limits = "an ISO duration such as PT1H or P7D, or working days such as 15WD";
		return List.of(Output.anyValue("track"), Output.anyValue("timeClass"),
				Output.matching("respondWithin", Deadlines::isValid, limits),
				Output.matching("resolveWithin", Deadlines::isValid, limits), Output.anyValue("dispatch"));
	}

	@Override
	public String decisionResultVariable() {
		return TRIAGE;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void execute(DelegateExecution execution) {
		Map<String, Object> triage = (Map<String, Object>) execution.getVariable(TRIAGE);
		if (triage == null) {
			throw new IllegalStateException("case-triage gave no result for this case");
		}
		Case kase = records.of(execution);
		String track = required(triage, "track");
		String dispatch = required(triage, "dispatch");
		String respondWithin = limit(triage, "respondWithin");
		String resolveWithin = limit(triage, "resolveWithin");
		Instant respondBy = deadlines.after(kase.getReceivedAt(), respondWithin);
		Instant resolveBy = deadlines.after(kase.getReceivedAt(), resolveWithin);
		kase.applyTriage(track, required(triage, "timeClass"), resolveWithin, dispatch, respondBy, resolveBy);
		records.log(kase, "TRIAGED", CaseRecords.SYSTEM, "分轨 " + track + "，时限类别 " + kase.getTimeClass() + "，响应 "
				+ respondWithin + "，办结 " + resolveWithin + "，派单 " + dispatch);

		execution.setVariable("track", track);
		execution.setVariable("dispatch", dispatch);
		execution.setVariable("respondBy", Date.from(respondBy));
		execution.setVariable("resolveBy", Date.from(resolveBy));
		execution.removeVariable(TRIAGE);
	}

	private static String limit(Map<String, Object> triage, String output) {
		String value = required(triage, output);
		if (!Deadlines.isValid(value)) {
			throw new IllegalStateException("case-triage gave '" + value + "' for " + output
					+ ": write an ISO duration such as PT1H or P7D, or working days such as 15WD");
		}
		return value;
	}

	private static String required(Map<String, Object> triage, String output) {
		Object value = triage.get(output);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException("case-triage gave no '" + output + "' for this case");
		}
		return value.toString();
	}

}
