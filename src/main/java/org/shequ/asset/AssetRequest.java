package org.shequ.asset;

/**
 * An entry of the owner registry as a secretary writes it (POST and PUT /api/assets). Checked field by
 * field by {@link AssetValidation}; unknown fields are refused by Jackson.
 */
public record AssetRequest(String community, String name, String type, String location, String ownerKind,
		String ownerName, String ownerContact, String ownerPhone, String managerName, String managerPhone) {
}
