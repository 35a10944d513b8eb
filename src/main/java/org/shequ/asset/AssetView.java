package org.shequ.asset;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A registry entry as the API shows it, with the Chinese labels of its codes. */
record AssetView(Long id, String community, String name, String type, String typeLabel, String location,
		String ownerKind, String ownerKindLabel, String ownerName, String ownerContact, String ownerPhone,
		String managerName, String managerPhone, OffsetDateTime updatedAt, String updatedBy) {

	static AssetView of(Asset a, ZoneId zone) {
		return new AssetView(a.getId(), a.getCommunityId(), a.getName(), a.getType().code(), a.getType().label(),
				a.getLocation(), a.getOwnerKind().code(), a.getOwnerKind().label(), a.getOwnerName(),
				a.getOwnerContact(), a.getOwnerPhone(), a.getManagerName(), a.getManagerPhone(),
				a.getUpdatedAt().atZone(zone).toOffsetDateTime(), a.getUpdatedBy());
	}

}
