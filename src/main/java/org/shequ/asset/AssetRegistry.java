package org.shequ.asset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shequ.community.Community;
import org.shequ.community.CommunityRepository;
import org.shequ.security.CurrentUser;
import org.shequ.system.ForbiddenException;
import org.shequ.system.InvalidRequestException;
import org.shequ.system.NotFoundException;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner registry: who owns or answers for each place and asset of a community. Everyone who works
 * for a community reads its entries; only its secretaries change them.
 */
@Service
public class AssetRegistry {

	private final AssetRepository assets;

	private final AssetValidation validation;

	private final CommunityRepository communities;

	private final ShequClock clock;

	AssetRegistry(AssetRepository assets, AssetValidation validation, CommunityRepository communities,
			ShequClock clock) {
		this.assets = assets;
		this.validation = validation;
		this.communities = communities;
		this.clock = clock;
	}

	/** A registered (not retired) asset of this community, for intake and the repair track. */
	@Transactional(readOnly = true)
	public Optional<Asset> activeOf(Long id, String community) {
		if (id == null) {
			return Optional.empty();
		}
		return assets.findByIdAndRetiredFalse(id).filter(a -> a.getCommunityId().equals(community));
	}

	@Transactional(readOnly = true)
	public List<Asset> activeOf(String community) {
		return assets.findByCommunityIdAndRetiredFalseOrderByNameAsc(community);
	}

	@Transactional(readOnly = true)
	List<Asset> list(String community, CurrentUser user) {
		Collection<String> scope;
		if (community != null && !community.isBlank()) {
			if (!communities.existsById(community)) {
				throw new InvalidRequestException("community", "is not a known community");
			}
			user.requireRead(community);
			scope = Set.of(community);
		}
		else {
			scope = communities.findAll().stream().map(Community::getId).filter(user::canRead).toList();
		}
		if (scope.isEmpty()) {
			throw new ForbiddenException("you do not work for any community");
		}
		return assets.findByCommunityIdInAndRetiredFalseOrderByCommunityIdAscNameAsc(scope);
	}

	@Transactional(readOnly = true)
	Asset get(Long id, CurrentUser user) {
		Asset asset = find(id);
		user.requireRead(asset.getCommunityId());
		return asset;
	}

	@Transactional
	Asset register(AssetRequest request, CurrentUser user) {
		AssetValidation.Valid valid = validation.check(request, null);
		user.requireSupervise(valid.community());
		requireUniqueName(valid, null);
		return assets.save(new Asset(valid.community(), valid.details(), user.id(), clock.now()));
	}

	@Transactional
	Asset update(Long id, AssetRequest request, CurrentUser user) {
		Asset asset = find(id);
		user.requireSupervise(asset.getCommunityId());
		AssetValidation.Valid valid = validation.check(request, asset.getCommunityId());
		requireUniqueName(valid, asset.getId());
		asset.update(valid.details(), user.id(), clock.now());
		return assets.saveAndFlush(asset);
	}

	@Transactional
	void retire(Long id, CurrentUser user) {
		Asset asset = find(id);
		user.requireSupervise(asset.getCommunityId());
		asset.retire(user.id(), clock.now());
	}

	private Asset find(Long id) {
		return assets.findByIdAndRetiredFalse(id).orElseThrow(() -> new NotFoundException("no asset " + id));
	}

	private void requireUniqueName(AssetValidation.Valid valid, Long self) {
		assets.findFirstByCommunityIdAndNameAndRetiredFalse(valid.community(), valid.details().name())
			.filter(other -> !other.getId().equals(self))
			.ifPresent(other -> {
				throw new InvalidRequestException("name", "is already registered in this community (entry "
						+ other.getId() + ")");
			});
	}

}
