package org.shequ.mediation;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.roster.OnCallRoster;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 请下一位值班干部增援, the second escalation level: nobody has confirmed contact or arrival by the second
 * limit. The secretary's 督办 task was raised by intake at the response deadline and stays the only
 * one; this level asks the next cadre on the roster to respond too (variable {@code backupCadre}).
 * When the roster has nobody else, the task goes to the whole community group.
 */
@Component("askNextCadre")
class AskNextCadre implements JavaDelegate {

	static final String BACKUP_CADRE = "backupCadre";

	private final CaseRecords records;

	private final OnCallRoster roster;

	private final ShequClock clock;

	AskNextCadre(CaseRecords records, OnCallRoster roster, ShequClock clock) {
		this.records = records;
		this.roster = roster;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		Instant now = clock.now();
		String community = kase.getCommunityId();
		String holder = kase.getAssignee();
		Optional<String> backup = Stream.of(roster.nextOnCallAfter(community, now), roster.onCallAt(community, now))
			.flatMap(Optional::stream)
			.filter(cadre -> !cadre.equals(holder))
			.findFirst();
		execution.setVariable(BACKUP_CADRE, backup.orElse(null));
		records.log(kase, "ESCALATED", CaseRecords.SYSTEM, "二级督办：到 " + clock.display(now) + " 仍无人确认联系/到场，"
				+ backup.map(b -> "已请值班表上的下一位值班干部 " + b + " 一同响应")
					.orElse("值班表上没有其他值班干部，已请本社区全体干部一同响应")
				+ "（当前承办人 " + (holder == null ? "无" : holder) + "）");
	}

}
