package org.shequ.repair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shequ.asset.Asset;
import org.shequ.asset.OwnerKind;
import org.springframework.stereotype.Component;

/**
 * Turns the parties that {@code repair-responsibility.dmn} names into bodies a letter can be addressed
 * to: {@code owner} and {@code manager} come from the owner registry, the municipal departments from
 * {@code shequ.repair.departments}; {@code community} means the community handles it itself.
 */
@Component
class ResponsibleBodies {

	static final String OWNER = "owner";

	static final String MANAGER = "manager";

	static final String COMMUNITY = "community";

	private final RepairProperties properties;

	ResponsibleBodies(RepairProperties properties) {
		this.properties = properties;
	}

	/** A body outside the community that a referral letter goes to. */
	record Body(String party, String kind, String name, String phone, String contact) {

		String kindLabel() {
			return OwnerKind.of(kind).map(OwnerKind::label).orElse(kind);
		}

	}

	/** The body behind a party for this asset; empty when the registry names none (or it is the community). */
	Optional<Body> resolve(String party, Asset asset) {
		if (COMMUNITY.equals(party)) {
			return Optional.empty();
		}
		if (OWNER.equals(party)) {
			if (asset == null || asset.getOwnerKind() == OwnerKind.COMMUNITY) {
				return Optional.empty();
			}
			return Optional.of(new Body(party, asset.getOwnerKind().code(), asset.getOwnerName(), asset.getOwnerPhone(),
					asset.getOwnerContact()));
		}
		if (MANAGER.equals(party)) {
			if (asset == null || !asset.hasManager()) {
				return Optional.empty();
			}
			return Optional.of(new Body(party, OwnerKind.PROPERTY.code(), asset.getManagerName(),
					asset.getManagerPhone(), null));
		}
		String department = properties.departments().get(party);
		if (department == null) {
			throw new IllegalStateException("repair-responsibility named the party '" + party
					+ "', which is neither owner, manager, community nor a department of shequ.repair.departments");
		}
		return Optional.of(new Body(party, OwnerKind.MUNICIPAL.code(), department, null, null));
	}

	/**
	 * The parties to ask in turn: those that resolve to a body, each body once, up to the first
	 * {@code community} (after which the community handles it itself anyway).
	 */
	List<String> chain(List<String> parties, Asset asset) {
		List<String> chain = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (String party : parties) {
			if (party == null || party.isBlank()) {
				continue;
			}
			if (COMMUNITY.equals(party)) {
				break;
			}
			resolve(party, asset).filter(body -> names.add(body.name())).ifPresent(body -> chain.add(party));
		}
		return chain;
	}

}
