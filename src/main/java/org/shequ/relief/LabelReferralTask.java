package org.shequ.relief;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names the partner body in a referral task, so the parallel branches can be told apart in the
 * Tasklist ("登记对方签收·红十字会｜…"), and shows it in the form ({@code partnerLabel}).
 */
@Component("labelReferralTask")
class LabelReferralTask implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Programme partner = ReliefDeadlines.partner(task.getVariable("partner"));
		String name = task.getName();
		int bar = name.indexOf('｜');
		task.setName(bar < 0 ? name + "·" + partner.partnerName()
				: name.substring(0, bar) + "·" + partner.partnerName() + name.substring(bar));
		task.setVariableLocal("partnerLabel", partner.partnerName());
	}

}
