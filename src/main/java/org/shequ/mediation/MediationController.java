package org.shequ.mediation;

import java.nio.charset.StandardCharsets;

import org.shequ.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's mediation record, and its agreements as printable documents (调解协议书). */
@RestController
@RequestMapping("/api/cases/{trackingNumber}/mediation")
class MediationController {

	/** The document is static text: no scripts, nothing loaded from elsewhere. */
	static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

	private final MediationQueries queries;

	MediationController(MediationQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	MediationViews.Mediation mediation(@PathVariable String trackingNumber, CurrentUser user) {
		return queries.mediation(trackingNumber, user);
	}

	@GetMapping("/agreements/{sequence}")
	ResponseEntity<String> agreement(@PathVariable String trackingNumber, @PathVariable int sequence,
			CurrentUser user) {
		String html = queries.document(trackingNumber, sequence, user);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", DOCUMENT_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.body(html);
	}

}
