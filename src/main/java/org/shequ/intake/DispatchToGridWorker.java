package org.shequ.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.community.Grid;
import org.shequ.community.GridRepository;
import org.springframework.stereotype.Component;

/**
 * 派给网格员: the worker responsible for the case's grid. Without one the case's tasks stay with the
 * whole community group, where any of its caseworkers can claim them.
 */
@Component("dispatchToGridWorker")
class DispatchToGridWorker implements JavaDelegate {

	static final String ASSIGNEE = "assignee";

	private final CaseRecords records;

	private final GridRepository grids;

	DispatchToGridWorker(CaseRecords records, GridRepository grids) {
		this.records = records;
		this.grids = grids;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		String worker = gridWorker(grids, kase);
		assign(records, execution, kase, worker, worker != null ? "派给网格员 " + worker : "网格无负责人，派给本社区待认领");
	}

	static String gridWorker(GridRepository grids, Case kase) {
		return grids.findById(kase.getGridId()).map(Grid::getWorkerId).orElse(null);
	}

	static void assign(CaseRecords records, DelegateExecution execution, Case kase, String assignee, String note) {
		kase.dispatchTo(assignee);
		records.log(kase, "DISPATCHED", CaseRecords.SYSTEM, note);
		execution.setVariable(ASSIGNEE, assignee);
	}

}
