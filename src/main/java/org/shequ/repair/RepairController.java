package org.shequ.repair;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.shequ.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The repair track of a case over HTTP: its state, the answers of the responsible body as a caseworker
 * records them, and the printable referral letters.
 */
@RestController
@RequestMapping("/api/cases/{trackingNumber}")
class RepairController {

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final RepairQueries queries;

	private final ReferralAnswers answers;

	private final ReferralLetter letters;

	RepairController(RepairQueries queries, ReferralAnswers answers, ReferralLetter letters) {
		this.queries = queries;
		this.answers = answers;
		this.letters = letters;
	}

	@GetMapping("/repair")
	RepairViews.Repair repair(@PathVariable String trackingNumber, CurrentUser user) {
		return queries.repair(trackingNumber, user);
	}

	@PostMapping(path = "/referral-events", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RepairViews.ReferralView> recordAnswer(@PathVariable String trackingNumber,
			@RequestBody ReferralEventRequest request, CurrentUser user) {
		Referral referral = answers.record(trackingNumber, request, user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/cases/" + trackingNumber + "/repair"))
			.body(queries.view(trackingNumber, referral));
	}

	@GetMapping("/referrals/{letterNumber}/letter")
	ResponseEntity<String> letter(@PathVariable String trackingNumber, @PathVariable String letterNumber,
			CurrentUser user) {
		RepairQueries.Letter letter = queries.letter(trackingNumber, letterNumber, user);
		return ResponseEntity.ok()
			.contentType(HTML)
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
			.body(letters.html(letter.kase(), letter.referral()));
	}

}
