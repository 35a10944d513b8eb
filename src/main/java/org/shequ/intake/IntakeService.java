package org.shequ.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.shequ.security.CurrentUser;
import org.shequ.system.ConflictException;
import org.shequ.system.Privileged;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes in a need: checks it, numbers it, stores it and starts {@code complaint-intake}, all in one
 * transaction, so a case exists exactly when its process does and its first task is already assigned
 * when the caller gets the answer.
 */
@Service
public class IntakeService {

	public static final String PROCESS_KEY = "complaint-intake";

	private final NewCaseValidation validation;

	private final TrackingNumbers trackingNumbers;

	private final CaseRepository cases;

	private final CaseRecords records;

	private final IdempotentRequestRepository idempotent;

	private final RuntimeService runtime;

	private final Privileged privileged;

	private final ShequClock clock;

	private final ObjectMapper json;

	IntakeService(NewCaseValidation validation, TrackingNumbers trackingNumbers, CaseRepository cases,
			CaseRecords records, IdempotentRequestRepository idempotent, RuntimeService runtime,
			Privileged privileged, ShequClock clock, ObjectMapper json) {
		this.validation = validation;
		this.trackingNumbers = trackingNumbers;
		this.cases = cases;
		this.records = records;
		this.idempotent = idempotent;
		this.runtime = runtime;
		this.privileged = privileged;
		this.clock = clock;
		this.json = json;
	}

	/** A filed case, and whether it is the stored answer to an earlier request with the same key. */
	public record Filing(FiledCase filed, boolean replayed) {
	}

	@Transactional
	public Filing file(NewCaseRequest request, CurrentUser user, String idempotencyKey) {
		String requestHash = hash(request);
		if (idempotencyKey != null) {
			Optional<Filing> earlier = replay(user, idempotencyKey, requestHash);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		NewCaseValidation.Valid valid = validation.check(request);
		user.requireFile(valid.community().getId());

		Instant now = clock.now();
		String trackingNumber = trackingNumbers.next(valid.community(), now);
		Case kase = cases.save(new Case(trackingNumber, valid.community().getId(), valid.grid().getId(),
				valid.category(), request.urgent(), valid.channel(), request.title().strip(),
				request.description().strip(), request.reporterName().strip(), request.reporterPhone(),
				request.address() == null ? null : request.address().strip(), now, user.id()));
		if (valid.asset() != null) {
			kase.identifyAsset(valid.asset().getId());
		}
		records.log(kase, "RECEIVED", user.id(), valid.channel().label() + "受理：" + kase.getTitle());

		Map<String, Object> variables = Map.of(CaseRecords.CASE_ID, kase.getId(), "trackingNumber", trackingNumber,
				"community", kase.getCommunityId(), "category", valid.category().code(), "urgent", kase.isUrgent(),
				"receivedHour", now.atZone(clock.zone()).getHour());
		ProcessInstance instance = privileged
			.call(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, trackingNumber, variables));
		kase.startedAs(instance.getId());

		FiledCase filed = answer(kase);
		if (idempotencyKey != null) {
			idempotent.saveAndFlush(new IdempotentRequest(user.id(), idempotencyKey, requestHash, 201, write(filed),
					"/api/cases/" + trackingNumber, now));
		}
		return new Filing(filed, false);
	}

	/** The stored first answer for this caller and key, if any; a different request under the same key is refused. */
	@Transactional(readOnly = true)
	public Optional<Filing> replay(CurrentUser user, String idempotencyKey, NewCaseRequest request) {
		return replay(user, idempotencyKey, hash(request));
	}

	private Optional<Filing> replay(CurrentUser user, String idempotencyKey, String requestHash) {
		return idempotent.findByPrincipalAndKey(user.id(), idempotencyKey).map(earlier -> {
			if (!earlier.getRequestHash().equals(requestHash)) {
				throw new ConflictException(422, "this Idempotency-Key was already used for a different request");
			}
			return new Filing(read(earlier.getResponseBody()), true);
		});
	}

	FiledCase answer(Case kase) {
		return new FiledCase(kase.getTrackingNumber(), kase.getStatus().name(), kase.getTrack(), kase.getAssignee(),
				kase.getRespondBy() == null ? null : kase.getRespondBy().atZone(clock.zone()).toOffsetDateTime(),
				kase.getResolveBy() == null ? null : kase.getResolveBy().atZone(clock.zone()).toOffsetDateTime());
	}

	private String hash(NewCaseRequest request) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String write(FiledCase filed) {
		try {
			return json.writeValueAsString(filed);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private FiledCase read(String body) {
		try {
			return json.readValue(body, FiledCase.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
