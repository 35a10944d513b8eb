package org.shequ.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * 转介司法所/法院并办结: the street committee could not settle the dispute either. The referral it
 * recorded (where to and why) resolves the case as {@code referred}; the callback follows in intake.
 */
@Component("resolveAsReferred")
class ResolveAsReferred implements JavaDelegate {

	static final String REFERRED = "referred";

	private final CaseRecords records;

	private final MediationSessionRepository sessions;

	private final ShequClock clock;

	ResolveAsReferred(CaseRecords records, MediationSessionRepository sessions, ShequClock clock) {
		this.records = records;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Case kase = records.of(execution);
		MediationSession street = sessions.findFirstByCaseIdOrderByIdDesc(kase.getId())
			.filter(s -> s.getLevel() == MediationLevel.STREET && s.getReferredTo() != null)
			.orElseThrow(() -> new IllegalStateException("no referral recorded for " + kase.getTrackingNumber()));
		String summary = "经社区和" + MediationRecorder.STREET_COMMITTEE + "调解均未达成协议，已转介"
				+ street.getReferredTo().label() + "。理由：" + street.getNoAgreementReason();
		kase.resolve(REFERRED, summary, street.getMediator(), clock.now());
		records.log(kase, "REFERRED", street.getMediator(), "转介" + street.getReferredTo().label() + "："
				+ street.getNoAgreementReason());
		records.log(kase, "RESOLVED", street.getMediator(), "已转介：" + summary);
	}

}
