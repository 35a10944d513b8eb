package org.shequ.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shequ.asset.Asset;
import org.shequ.asset.AssetRegistry;
import org.shequ.community.Community;
import org.shequ.community.CommunityRepository;
import org.shequ.community.Grid;
import org.shequ.community.GridRepository;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks a new case field by field and reports every problem at once. */
@Component
class NewCaseValidation {

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 4000;

	static final int NAME_MAX = 64;

	static final int ADDRESS_MAX = 300;

	/** A mainland mobile number, or a landline with its area code. */
	static final Pattern PHONE = Pattern.compile("^(\\+?86)?1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$");

	/** Control characters other than line breaks and tabs, and lone surrogates from broken UTF-8. */
	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|\\p{Cs}|[\\uFFFE\\uFFFF]");

	private final CommunityRepository communities;

	private final GridRepository grids;

	private final AssetRegistry assets;

	NewCaseValidation(CommunityRepository communities, GridRepository grids, AssetRegistry assets) {
		this.communities = communities;
		this.grids = grids;
		this.assets = assets;
	}

	record Valid(Community community, Grid grid, Category category, Channel channel, Asset asset) {
	}

	Valid check(NewCaseRequest request) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Community> community = Optional.empty();
		if (blank(request.community())) {
			problems.add(new FieldProblem("community", "is required"));
		}
		else {
			community = communities.findById(request.community());
			if (community.isEmpty()) {
				problems.add(new FieldProblem("community", "is not a known community"));
			}
		}
		Grid grid = null;
		if (blank(request.grid())) {
			problems.add(new FieldProblem("grid", "is required"));
		}
		else {
			grid = grids.findById(request.grid()).orElse(null);
			if (grid == null || (community.isPresent() && !grid.getCommunityId().equals(community.get().getId()))) {
				problems.add(new FieldProblem("grid", "is not a grid of this community"));
			}
		}
		Category category = null;
		if (blank(request.category())) {
			problems.add(new FieldProblem("category", "is required"));
		}
		else {
			category = Category.of(request.category()).orElse(null);
			if (category == null) {
				problems.add(new FieldProblem("category", "must be one of " + Category.codes()));
			}
		}
		if (request.urgent() == null) {
			problems.add(new FieldProblem("urgent", "is required (true or false)"));
		}
		Channel channel = null;
		if (blank(request.channel())) {
			problems.add(new FieldProblem("channel", "is required"));
		}
		else {
			channel = Channel.of(request.channel()).orElse(null);
			if (channel == null) {
				problems.add(new FieldProblem("channel", "must be one of " + Channel.codes()));
			}
		}
		text(problems, "title", request.title(), TITLE_MAX, true, false);
		text(problems, "description", request.description(), DESCRIPTION_MAX, true, true);
		text(problems, "reporterName", request.reporterName(), NAME_MAX, true, false);
		if (blank(request.reporterPhone())) {
			problems.add(new FieldProblem("reporterPhone", "is required"));
		}
		else if (!PHONE.matcher(request.reporterPhone()).matches()) {
			problems.add(new FieldProblem("reporterPhone", "must be a mobile number or a landline with area code"));
		}
		text(problems, "address", request.address(), ADDRESS_MAX, false, false);
		Asset asset = null;
		if (request.asset() != null && community.isPresent()) {
			asset = assets.activeOf(request.asset(), community.get().getId()).orElse(null);
			if (asset == null) {
				problems.add(new FieldProblem("asset", "is not a registered asset of this community"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new Valid(community.orElseThrow(), grid, category, channel, asset);
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required,
			boolean multiline) {
		if (blank(value)) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return;
		}
		if (value.codePointCount(0, value.length()) > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		else if (UNPRINTABLE.matcher(value).find() || (!multiline && (value.contains("\n") || value.contains("\r")))) {
			problems.add(new FieldProblem(field, "contains control characters"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
