package org.shequ.repair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.CaseRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.ConflictException;
import org.shequ.system.ForbiddenException;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.shequ.system.NotFoundException;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a responsible body's answer to the current referral letter and passes it to the case's
 * repair track as a message, in one transaction: an answer the track is not waiting for (letter not
 * yet delivered, already answered) is refused with 409 and changes nothing. A completion reported
 * without an acknowledgement first counts as both.
 */
@Service
class ReferralAnswers {

	static final String ACKNOWLEDGED = "repairReferralAcknowledged";

	static final String DECLINED = "repairReferralDeclined";

	static final String COMPLETED = "repairReferralCompleted";

	static final Map<String, ReferralEvent.Kind> EVENTS = Map.of("acknowledged", ReferralEvent.Kind.ACKNOWLEDGED,
			"declined", ReferralEvent.Kind.DECLINED, "completed", ReferralEvent.Kind.COMPLETED);

	private static final Pattern TRACKING_NUMBER = Pattern.compile("^[A-Z]{3}-\\d{8}-\\d{4}$");

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|\\p{Cs}|[\\uFFFE\\uFFFF]");

	private final CaseRepository cases;

	private final ReferralRepository referrals;

	private final Referrals steps;

	private final CaseRecords records;

	private final RuntimeService runtime;

	private final Privileged privileged;

	private final ShequClock clock;

	ReferralAnswers(CaseRepository cases, ReferralRepository referrals, Referrals steps, CaseRecords records,
			RuntimeService runtime, Privileged privileged, ShequClock clock) {
		this.cases = cases;
		this.referrals = referrals;
		this.steps = steps;
		this.records = records;
		this.runtime = runtime;
		this.privileged = privileged;
		this.clock = clock;
	}

	record Answer(ReferralEvent.Kind kind, String contactName, String note, String reason) {
	}

	@Transactional
	Referral record(String trackingNumber, ReferralEventRequest request, CurrentUser user) {
		Answer answer = check(request);
		Case kase = caseOf(trackingNumber);
		if (!user.canFile(kase.getCommunityId())) {
			throw new ForbiddenException("only the staff of community " + kase.getCommunityId()
					+ " record what a responsible body answered");
		}
		if (!kase.getStatus().isOpen()) {
			throw new ConflictException(409, "case " + trackingNumber + " is closed");
		}
		Referral referral = referrals.findFirstByCaseIdOrderBySeqNoDesc(kase.getId())
			.orElseThrow(() -> new ConflictException(409, "no referral letter was issued for case " + trackingNumber));
		if (!referral.isOpen()) {
			throw new ConflictException(409, "referral letter " + referral.getLetterNumber() + " is "
					+ referral.getStatus().name().toLowerCase() + ": nothing to record for it now");
		}
		Instant now = clock.now();
		String contact = answer.contactName() == null ? "" : "（" + answer.contactName() + "）";
		switch (answer.kind()) {
			case ACKNOWLEDGED -> {
				if (referral.getStatus() != Referral.Status.DELIVERED) {
					throw new ConflictException(409, "referral letter " + referral.getLetterNumber()
							+ " was already acknowledged");
				}
				acknowledge(kase, referral, answer, now, user.id(), contact);
			}
			case COMPLETED -> {
				if (referral.getStatus() == Referral.Status.DELIVERED) {
					acknowledge(kase, referral, new Answer(ReferralEvent.Kind.ACKNOWLEDGED, answer.contactName(),
							"随修复一并签收", null), now, user.id(), contact);
				}
				referral.complete(now);
				steps.record(referral, ReferralEvent.Kind.COMPLETED, now, user.id(), answer.contactName(), answer.note());
				records.log(kase, "REFERRAL_COMPLETED", user.id(), referral.getBodyName() + contact + " 报告已修复"
						+ suffix(answer.note()));
				correlate(COMPLETED, kase);
			}
			case DECLINED -> {
				referral.decline(answer.reason(), now);
				steps.record(referral, ReferralEvent.Kind.DECLINED, now, user.id(), answer.contactName(),
						answer.reason() + suffix(answer.note()));
				records.log(kase, "REFERRAL_DECLINED", user.id(), referral.getBodyName() + contact + " 推诿："
						+ answer.reason() + suffix(answer.note()));
				correlate(DECLINED, kase);
			}
			default -> throw new IllegalStateException("not an answer: " + answer.kind());
		}
		return referral;
	}

	private void acknowledge(Case kase, Referral referral, Answer answer, Instant now, String by, String contact) {
		referral.acknowledge(now);
		steps.record(referral, ReferralEvent.Kind.ACKNOWLEDGED, now, by, answer.contactName(), answer.note());
		records.log(kase, "REFERRAL_ACKNOWLEDGED", by, referral.getBodyName() + contact + " 已签收转介函 "
				+ referral.getLetterNumber() + suffix(answer.note()));
		correlate(ACKNOWLEDGED, kase);
	}

	private void correlate(String message, Case kase) {
		try {
			privileged.run(() -> runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(kase.getTrackingNumber())
				.correlateWithResult());
		}
		catch (MismatchingMessageCorrelationException e) {
			throw new ConflictException(409, "the repair track of " + kase.getTrackingNumber()
					+ " is not waiting for this answer");
		}
	}

	private Case caseOf(String trackingNumber) {
		if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
			throw new NotFoundException("no case " + trackingNumber.substring(0, Math.min(40, trackingNumber.length())));
		}
		return cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("no case " + trackingNumber));
	}

	private static Answer check(ReferralEventRequest request) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		List<FieldProblem> problems = new ArrayList<>();
		ReferralEvent.Kind kind = null;
		if (request.event() == null || request.event().isBlank()) {
			problems.add(new FieldProblem("event", "is required"));
		}
		else {
			kind = EVENTS.get(request.event());
			if (kind == null) {
				problems.add(new FieldProblem("event", "must be one of acknowledged, declined, completed"));
			}
		}
		String contact = text(problems, "contactName", request.contactName(), 64, false);
		String note = text(problems, "note", request.note(), 2000, true);
		String reason = text(problems, "reason", request.reason(), 2000, true);
		if (kind == ReferralEvent.Kind.DECLINED && reason == null && problems.stream().noneMatch(p -> p.field().equals("reason"))) {
			problems.add(new FieldProblem("reason", "is required when the body declines"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new Answer(kind, contact, note, reason);
	}

	private static String text(List<FieldProblem> problems, String field, String value, int max, boolean multiline) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		else if (UNPRINTABLE.matcher(stripped).find() || (!multiline && (stripped.contains("\n") || stripped.contains("\r")))) {
			problems.add(new FieldProblem(field, "contains control characters"));
		}
		return stripped;
	}

	private static String suffix(String note) {
		return note == null ? "" : "；" + note;
	}

}
