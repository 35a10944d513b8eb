package org.shequ.audit;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.shequ.security.CurrentUser;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.ShequClock;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/** Tamper evidence for auditors: verify the chain, export it for checking offline. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	static final String NDJSON = "application/x-ndjson";

	private final ChainVerifier verifier;

	private final ChainExport export;

	private final ShequClock clock;

	AuditController(ChainVerifier verifier, ChainExport export, ShequClock clock) {
		this.verifier = verifier;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/verify")
	ChainVerifier.Result verify(CurrentUser user) {
		Auditors.require(user);
		return verifier.verify();
	}

	/** {@code from} and {@code to}: a day ({@code 2026-12-01}, Beijing time) or a moment with offset; {@code to} exclusive. */
	@GetMapping("/export")
	void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			CurrentUser user, HttpServletResponse response) throws IOException {
		Auditors.require(user);
		Instant start = moment("from", from);
		Instant end = moment("to", to);
		if (start != null && end != null && !start.isBefore(end)) {
			throw new InvalidRequestException("to", "must be after from");
		}
		ChainExport.Range range = export.range(start, end);
		response.setContentType(NDJSON);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"shequ-audit-"
				+ (range.isEmpty() ? "empty" : range.fromSeq() + "-" + range.toSeq()) + ".jsonl\"");
		response.setHeader("X-Audit-Range", range.isEmpty() ? "empty" : range.fromSeq() + "-" + range.toSeq());
		if (!range.isEmpty()) {
			export.write(range, response.getOutputStream());
		}
	}

	private Instant moment(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(clock.zone()).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException(field, "must be a day (2026-12-01) or a moment with offset"
					+ " (2026-12-01T08:00:00+08:00)");
		}
	}

}
