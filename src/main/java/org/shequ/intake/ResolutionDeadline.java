package org.shequ.intake;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * Moves a case's resolution deadline while its track runs, e.g. when a relief application waits for
 * documents or enters the 低保 procedure. The deadline lives in three places that must agree: the case,
 * the intake instance's {@code resolveBy} variable, and the due date of the intake's
 * {@code resolveByTimer} already waiting on the call activity (its date was fixed when the track started).
 */
@Component
public class ResolutionDeadline {

	static final String TIMER = "resolveByTimer";

	private final CaseRecords records;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final Privileged privileged;

	private final ShequClock clock;

	ResolutionDeadline(CaseRecords records, RuntimeService runtime, ManagementService management, Privileged privileged,
			ShequClock clock) {
		this.records = records;
		this.runtime = runtime;
		this.management = management;
		this.privileged = privileged;
		this.clock = clock;
	}

	public void moveTo(Case kase, Instant resolveBy, String actor, String why) {
		Instant before = kase.getResolveBy();
		kase.moveResolveBy(resolveBy);
		records.log(kase, "DEADLINE_MOVED", actor,
				why + "：办结时限由 " + clock.display(before) + " 改为 " + clock.display(resolveBy));
		String intake = kase.getProcessInstanceId();
		if (intake == null) {
			return;
		}
		privileged.run(() -> {
			if (runtime.createProcessInstanceQuery().processInstanceId(intake).count() == 0) {
				return;
			}
			runtime.setVariable(intake, "resolveBy", Date.from(resolveBy));
			Job timer = management.createJobQuery().processInstanceId(intake).activityId(TIMER).timers().singleResult();
			if (timer != null) {
				management.setJobDuedate(timer.getId(), Date.from(resolveBy));
			}
		});
	}

}
