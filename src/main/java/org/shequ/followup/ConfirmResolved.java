package org.shequ.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * 确认办结: every track must have recorded how the case was resolved before the callback. A track
 * that ends without it is a modelling error; failing here makes it an incident instead of a callback
 * about nothing.
 */
@Component("confirmResolved")
class ConfirmResolved implements JavaDelegate {

	private final CaseRecords records;

	private final WorkingCalendar calendar;

	ConfirmResolved(CaseRecords records, WorkingCalendar calendar) {
		this.records = records;
		this.calendar = calendar;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		if (kase.getResolvedAt() == null) {
			throw new IllegalStateException("track " + kase.getTrack() + " ended without recording a resolution for "
					+ kase.getTrackingNumber());
		}
		kase.countResolutionWorkingDays(calendar);
		records.log(kase, "TRACK_COMPLETED", CaseRecords.SYSTEM, "办理完毕，待回访");
	}

}
