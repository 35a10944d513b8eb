package org.shequ.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shequ.community.Community;
import org.shequ.community.CommunityRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.ForbiddenException;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.shequ.system.NotFoundException;
import org.shequ.system.ShequClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for the API, limited to the communities the caller may see. */
@Service
class CaseQueries {

	static final Pattern TRACKING_NUMBER = Pattern.compile("^[A-Z]{3}-\\d{8}-\\d{4}$");

	static final int MAX_PAGE_SIZE = 100;

	private final CaseRepository cases;

	private final CaseLogRepository logs;

	private final CommunityRepository communities;

	private final ShequClock clock;

	CaseQueries(CaseRepository cases, CaseLogRepository logs, CommunityRepository communities, ShequClock clock) {
		this.cases = cases;
		this.logs = logs;
		this.communities = communities;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	CaseViews.Detail detail(String trackingNumber, CurrentUser user) {
		if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
			throw new NotFoundException("no case " + trackingNumber.substring(0, Math.min(40, trackingNumber.length())));
		}
		Case kase = cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("no case " + trackingNumber));
		user.requireRead(kase.getCommunityId());
		return CaseViews.Detail.of(kase, logs.findByCaseIdOrderByIdAsc(kase.getId()), clock.zone());
	}

	@Transactional(readOnly = true)
	CaseViews.PageOf<CaseViews.Summary> list(String community, String status, int page, int size, CurrentUser user) {
		List<FieldProblem> problems = new ArrayList<>();
		CaseStatus wanted = null;
		if (status != null && !status.isBlank()) {
			wanted = Arrays.stream(CaseStatus.values())
				.filter(s -> s.name().equalsIgnoreCase(status))
				.findFirst()
				.orElse(null);
			if (wanted == null) {
				problems.add(new FieldProblem("status", "must be one of " + Arrays.toString(CaseStatus.values())));
			}
		}
		if (page < 0) {
			problems.add(new FieldProblem("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
		}
		boolean known = community == null || community.isBlank() || communities.existsById(community);
		if (!known) {
			problems.add(new FieldProblem("community", "is not a known community"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Collection<String> scope;
		if (community != null && !community.isBlank()) {
			user.requireRead(community);
			scope = Set.of(community);
		}
		else {
			scope = communities.findAll().stream().map(Community::getId).filter(user::canRead).toList();
		}
		if (scope.isEmpty()) {
			throw new ForbiddenException("you do not work for any community");
		}
		Page<Case> found = cases.search(scope, wanted,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt", "id")));
		return new CaseViews.PageOf<>(found.map(c -> CaseViews.Summary.of(c, clock.zone())).getContent(), page, size,
				found.getTotalElements(), found.getTotalPages());
	}

}
