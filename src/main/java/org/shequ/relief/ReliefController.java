package org.shequ.relief;

import java.net.URI;
import java.time.OffsetDateTime;

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
 * {@code POST /api/cases/{trackingNumber}/objections}: an objection during the public notice, taken at
 * the community's desk. {@code GET /api/cases/{trackingNumber}/relief}: the household's application
 * with income, medical facts and decisions, for the case's community staff and the relief approvers.
 */
@RestController
@RequestMapping("/api/cases/{trackingNumber}")
class ReliefController {

	private final ObjectionDesk desk;

	private final ReliefQueries queries;

	ReliefController(ObjectionDesk desk, ReliefQueries queries) {
		this.desk = desk;
		this.queries = queries;
	}

	@PostMapping(path = "/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<LodgedObjection> lodge(@PathVariable String trackingNumber,
			@RequestBody ObjectionDesk.ObjectionRequest request, CurrentUser user) {
		Objection objection = desk.lodge(trackingNumber, request, user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/cases/" + trackingNumber + "/relief"))
			.body(new LodgedObjection(objection.getId(), trackingNumber, objection.getNoticeRound(),
					queries.at(objection.getLodgedAt()), "公示已中止，重新入户调查后重新公示"));
	}

	@GetMapping("/relief")
	ReliefViews.Applications relief(@PathVariable String trackingNumber, CurrentUser user) {
		return queries.of(trackingNumber, user);
	}

	record LodgedObjection(long id, String trackingNumber, int noticeRound, OffsetDateTime lodgedAt, String next) {
	}

}
