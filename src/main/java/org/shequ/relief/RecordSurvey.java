package org.shequ.relief;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/** 入户调查 completed: the findings are kept with the application; the log says only that it was done. */
@Component("recordSurvey")
class RecordSurvey implements TaskListener {

	private final ReliefRecords relief;

	private final CaseRecords records;

	private final HouseholdSurveyRepository surveys;

	private final ShequClock clock;

	RecordSurvey(ReliefRecords relief, CaseRecords records, HouseholdSurveyRepository surveys, ShequClock clock) {
		this.relief = relief;
		this.records = records;
		this.surveys = surveys;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		boolean confirms = form.yesNo("surveyConfirms", "调查情况与申报是否一致");
		String findings = form.text("surveyFindings", "调查情况", 4000);
		ReliefApplication application = relief.of(task);
		Case kase = records.of(task);
		String actor = records.actor(task);
		int round = (int) surveys.countByApplicationId(application.getId()) + 1;
		surveys.save(new HouseholdSurvey(application.getId(), round, confirms, findings, actor, clock.now()));
		records.log(kase, "SURVEYED", actor, "第" + round + "次入户调查完成，调查情况" + (confirms ? "与申报一致" : "与申报不一致"));
		form.consume();
	}

}
