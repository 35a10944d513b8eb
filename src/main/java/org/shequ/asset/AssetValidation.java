package org.shequ.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.shequ.community.CommunityRepository;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.InvalidRequestException.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks a registry entry field by field and reports every problem at once. */
@Component
class AssetValidation {

	static final int NAME_MAX = 100;

	static final int LOCATION_MAX = 300;

	static final int CONTACT_MAX = 64;

	/** Mobile numbers, landlines with area code and extension, and short hotlines such as 12345. */
	static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9\\- ]{3,18}[0-9]$");

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}]|\\p{Cs}|[\\uFFFE\\uFFFF]");

	private final CommunityRepository communities;

	AssetValidation(CommunityRepository communities) {
		this.communities = communities;
	}

	record Valid(String community, Asset.Details details) {
	}

	/** {@code existingCommunity} is the entry's community on update, {@code null} on create. */
	Valid check(AssetRequest request, String existingCommunity) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String community = request.community();
		if (existingCommunity == null) {
			if (blank(community)) {
				problems.add(new FieldProblem("community", "is required"));
			}
			else if (!communities.existsById(community)) {
				problems.add(new FieldProblem("community", "is not a known community"));
			}
		}
		else if (community != null && !community.equals(existingCommunity)) {
			problems.add(new FieldProblem("community", "cannot be changed: retire this entry and register it anew"));
		}
		String name = text(problems, "name", request.name(), NAME_MAX, true);
		AssetType type = null;
		if (blank(request.type())) {
			problems.add(new FieldProblem("type", "is required"));
		}
		else {
			type = AssetType.of(request.type()).orElse(null);
			if (type == null) {
				problems.add(new FieldProblem("type", "must be one of " + AssetType.codes()));
			}
		}
		String location = text(problems, "location", request.location(), LOCATION_MAX, true);
		OwnerKind ownerKind = null;
		if (blank(request.ownerKind())) {
			problems.add(new FieldProblem("ownerKind", "is required"));
		}
		else {
			ownerKind = OwnerKind.of(request.ownerKind()).orElse(null);
			if (ownerKind == null) {
				problems.add(new FieldProblem("ownerKind", "must be one of " + OwnerKind.codes()));
			}
		}
		String ownerName = text(problems, "ownerName", request.ownerName(), NAME_MAX, true);
		String ownerContact = text(problems, "ownerContact", request.ownerContact(), CONTACT_MAX, false);
		String ownerPhone = phone(problems, "ownerPhone", request.ownerPhone());
		String managerName = text(problems, "managerName", request.managerName(), NAME_MAX, false);
		String managerPhone = phone(problems, "managerPhone", request.managerPhone());
		if (managerPhone != null && managerName == null) {
			problems.add(new FieldProblem("managerName", "is required when managerPhone is given"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return new Valid(existingCommunity == null ? community : existingCommunity, new Asset.Details(name, type,
				location, ownerKind, ownerName, ownerContact, ownerPhone, managerName, managerPhone));
	}

	private static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (blank(value)) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		else if (UNPRINTABLE.matcher(stripped).find()) {
			problems.add(new FieldProblem(field, "contains control characters"));
		}
		return stripped;
	}

	private static String phone(List<FieldProblem> problems, String field, String value) {
		if (blank(value)) {
			return null;
		}
		if (!PHONE.matcher(value).matches()) {
			problems.add(new FieldProblem(field, "must be a telephone number"));
		}
		return value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
