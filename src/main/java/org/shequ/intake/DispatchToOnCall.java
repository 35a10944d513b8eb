package org.shequ.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.community.GridRepository;
import org.shequ.roster.OnCallRoster;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 派给值班干部: the cadre on call for the community right now; the grid worker if the roster has a gap. */
@Component("dispatchToOnCall")
class DispatchToOnCall implements JavaDelegate {

	private final CaseRecords records;

	private final OnCallRoster roster;

	private final GridRepository grids;

	private final ShequClock clock;

	DispatchToOnCall(CaseRecords records, OnCallRoster roster, GridRepository grids, ShequClock clock) {
		this.records = records;
		this.roster = roster;
		this.grids = grids;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		String onCall = roster.onCallAt(kase.getCommunityId(), clock.now()).orElse(null);
		String assignee = onCall != null ? onCall : DispatchToGridWorker.gridWorker(grids, kase);
		DispatchToGridWorker.assign(records, execution, kase, assignee,
				onCall != null ? "派给值班干部 " + onCall : "值班表无人在班，派给网格员");
	}

}
