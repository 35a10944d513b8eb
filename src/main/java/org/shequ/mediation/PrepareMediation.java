package org.shequ.mediation;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.Deadlines;
import org.springframework.stereotype.Component;

/**
 * 准备调解: turns the limits of {@code dispute-mediation-limits.dmn} (result in {@code limits}) into what
 * the model's timers read: {@code askNextAt}, the moment the next cadre on the roster is asked too
 * (counted from when the case was received), and {@code followUpAfter}, how long after an agreement
 * the follow-up visit is due. The case's current assignee becomes {@code assignee}, so a reopened case
 * goes to whoever holds it now.
 */
@Component("prepareMediation")
class PrepareMediation implements JavaDelegate {

	static final String LIMITS = "limits";

	static final String ASK_NEXT_AT = "askNextAt";

	static final String FOLLOW_UP_AFTER = "followUpAfter";

	private final CaseRecords records;

	private final Deadlines deadlines;

	PrepareMediation(CaseRecords records, Deadlines deadlines) {
		this.records = records;
		this.deadlines = deadlines;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void execute(DelegateExecution execution) {
		Map<String, Object> limits = (Map<String, Object>) execution.getVariable(LIMITS);
		if (limits == null) {
			throw new IllegalStateException("dispute-mediation-limits gave no result for this case");
		}
		Case kase = records.of(execution);
		Instant askNextAt = deadlines.after(kase.getReceivedAt(), limit(limits, "askNextCadreAfter"));
		execution.setVariable(ASK_NEXT_AT, Date.from(askNextAt));
		execution.setVariable(FOLLOW_UP_AFTER, limit(limits, "followUpAfter"));
		execution.setVariable("assignee", kase.getAssignee());
		execution.removeVariable(LIMITS);
	}

	private static String limit(Map<String, Object> limits, String output) {
		Object value = limits.get(output);
		if (value == null || !Deadlines.isValid(value.toString())) {
			throw new IllegalStateException("dispute-mediation-limits gave '" + value + "' for " + output
					+ ": write an ISO duration such as PT2H or P3D, or working days such as 3WD");
		}
		return value.toString();
	}

}
