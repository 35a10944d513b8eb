package org.shequ.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.shequ.system.ShequProperties;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/**
 * 回访居民 completed. Sets {@code callbackResult} for the gateway: {@code satisfied},
 * {@code dissatisfied}, {@code retry} (not reached, call again) or {@code unreachable} (not reached
 * after the last attempt).
 */
@Component("recordCallback")
class RecordCallback implements TaskListener {

	static final String RESULT = "callbackResult";

	static final String CLOSE_REASON = "closeReason";

	private final CaseRecords records;

	private final CallbackRepository callbacks;

	private final Callbacks recorder;

	private final ShequClock clock;

	private final ShequProperties properties;

	RecordCallback(CaseRecords records, CallbackRepository callbacks, Callbacks recorder, ShequClock clock,
			ShequProperties properties) {
		this.records = records;
		this.callbacks = callbacks;
		this.recorder = recorder;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		boolean reached = form.yesNo("residentReached", "是否联系上居民");
		Case kase = records.of(task);
		String actor = records.actor(task);
		int attempt = attemptsSinceResolution(kase) + 1;
		String result;
		if (!reached) {
			String note = form.optionalText("callbackNote", "回访记录", 2000);
			recorder.unreached(kase, attempt, note, actor, clock.now());
			result = attempt >= properties.callbackAttempts() ? "unreachable" : "retry";
			records.log(kase, "CALLBACK", actor, "第" + attempt + "次回访，未联系上居民" + (note == null ? "" : "：" + note));
			if ("unreachable".equals(result)) {
				task.getExecution().setVariable(CLOSE_REASON, attempt + "次回访均未联系上居民，按规定结案");
			}
		}
		else {
			boolean contacted = form.yesNo("contacted", "是否有工作人员联系过居民");
			boolean solved = form.yesNo("solved", "问题是否解决");
			Satisfaction satisfaction = Satisfaction.of(form.choice("satisfaction", "满意度", "satisfied", "fairly",
					"dissatisfied")).orElseThrow();
			String note = form.optionalText("callbackNote", "回访记录", 2000);
			recorder.reached(kase, attempt, contacted, solved, satisfaction, note, actor, clock.now());
			result = satisfaction == Satisfaction.DISSATISFIED ? "dissatisfied" : "satisfied";
			records.log(kase, "CALLBACK", actor, "第" + attempt + "次回访：" + (contacted ? "已联系" : "未联系") + "，"
					+ (solved ? "已解决" : "未解决") + "，" + satisfaction.label() + (note == null ? "" : "；" + note));
			if ("satisfied".equals(result)) {
				task.getExecution().setVariable(CLOSE_REASON, "回访" + satisfaction.label() + "，结案");
			}
		}
		task.getExecution().setVariable(RESULT, result);
		form.consume("contacted", "solved", "satisfaction", "callbackNote");
	}

	private int attemptsSinceResolution(Case kase) {
		return (int) callbacks.findByCaseIdOrderByIdAsc(kase.getId())
			.stream()
			.filter(c -> kase.getResolvedAt() == null || !c.getCalledAt().isBefore(kase.getResolvedAt()))
			.count();
	}

}
