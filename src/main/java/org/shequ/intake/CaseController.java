package org.shequ.intake;

import java.net.URI;
import java.util.regex.Pattern;

import org.shequ.security.CurrentUser;
import org.shequ.system.InvalidRequestException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,128}$");

	private final IntakeService intake;

	private final CaseQueries queries;

	CaseController(IntakeService intake, CaseQueries queries) {
		this.intake = intake;
		this.queries = queries;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<FiledCase> file(@RequestBody NewCaseRequest request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey, CurrentUser user) {
		if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
			throw new InvalidRequestException(IDEMPOTENCY_KEY, "must be 1 to 128 visible ASCII characters");
		}
		IntakeService.Filing filing;
		try {
			filing = intake.file(request, user, idempotencyKey);
		}
		catch (DataIntegrityViolationException sameKeyFiledConcurrently) {
			if (idempotencyKey == null) {
				throw sameKeyFiledConcurrently;
			}
			filing = intake.replay(user, idempotencyKey, request).orElseThrow(() -> sameKeyFiledConcurrently);
		}
		FiledCase filed = filing.filed();
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/cases/" + filed.trackingNumber()))
			.header("Idempotent-Replayed", Boolean.toString(filing.replayed()))
			.body(filed);
	}

	@GetMapping("/{trackingNumber}")
	CaseViews.Detail get(@PathVariable String trackingNumber, CurrentUser user) {
		return queries.detail(trackingNumber, user);
	}

	@GetMapping
	CaseViews.PageOf<CaseViews.Summary> list(@RequestParam(required = false) String community,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, CurrentUser user) {
		return queries.list(community, status, page, size, user);
	}

}
