package org.shequ.asset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A place or asset of a community (a compound, a road section, the street lights of an area, a
 * building) with the body that owns or answers for it, and the property company that manages it
 * day to day, if any. Removing an entry retires it: cases and referral letters keep pointing to it.
 */
@Entity
@Table(name = "asset")
public class Asset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "community_id")
	private String communityId;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "asset_type")
	private AssetType type;

	private String location;

	@Enumerated(EnumType.STRING)
	@Column(name = "owner_kind")
	private OwnerKind ownerKind;

	@Column(name = "owner_name")
	private String ownerName;

	@Column(name = "owner_contact")
	private String ownerContact;

	@Column(name = "owner_phone")
	private String ownerPhone;

	@Column(name = "manager_name")
	private String managerName;

	@Column(name = "manager_phone")
	private String managerPhone;

	private boolean retired;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	protected Asset() {
	}

	public Asset(String communityId, Details details, String by, Instant at) {
		this.communityId = communityId;
		update(details, by, at);
	}

	/** Everything of an entry but its community, which never changes. */
	public record Details(String name, AssetType type, String location, OwnerKind ownerKind, String ownerName,
			String ownerContact, String ownerPhone, String managerName, String managerPhone) {
	}

	public void update(Details details, String by, Instant at) {
		this.name = details.name();
		this.type = details.type();
		this.location = details.location();
		this.ownerKind = details.ownerKind();
		this.ownerName = details.ownerName();
		this.ownerContact = details.ownerContact();
		this.ownerPhone = details.ownerPhone();
		this.managerName = details.managerName();
		this.managerPhone = details.managerPhone();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public void retire(String by, Instant at) {
		this.retired = true;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public boolean hasManager() {
		return managerName != null;
	}

	public Long getId() {
		return id;
	}

	public String getCommunityId() {
		return communityId;
	}

	public String getName() {
		return name;
	}

	public AssetType getType() {
		return type;
	}

	public String getLocation() {
		return location;
	}

	public OwnerKind getOwnerKind() {
		return ownerKind;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public String getOwnerContact() {
		return ownerContact;
	}

	public String getOwnerPhone() {
		return ownerPhone;
	}

	public String getManagerName() {
		return managerName;
	}

	public String getManagerPhone() {
		return managerPhone;
	}

	public boolean isRetired() {
		return retired;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

}
