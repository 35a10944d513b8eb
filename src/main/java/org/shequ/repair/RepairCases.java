package org.shequ.repair;

import java.util.Optional;

import org.shequ.asset.Asset;
import org.shequ.asset.AssetRepository;
import org.shequ.intake.Case;
import org.springframework.stereotype.Component;

/** The repair record of a case (created when the case enters the track) and the asset it is about. */
@Component
class RepairCases {

	static final String TRACK = "repair-referral";

	private final RepairCaseRepository repairs;

	private final AssetRepository assets;

	RepairCases(RepairCaseRepository repairs, AssetRepository assets) {
		this.repairs = repairs;
		this.assets = assets;
	}

	RepairCase of(Case kase) {
		return repairs.findByCaseId(kase.getId()).orElseGet(() -> repairs.save(new RepairCase(kase.getId())));
	}

	/** Retired entries too: a case keeps the asset it was assessed with. */
	Optional<Asset> assetOf(Case kase) {
		return kase.getAssetId() == null ? Optional.empty() : assets.findById(kase.getAssetId());
	}

}
