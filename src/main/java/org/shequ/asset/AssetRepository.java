package org.shequ.asset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssetRepository extends JpaRepository<Asset, Long> {

	List<Asset> findByCommunityIdInAndRetiredFalseOrderByCommunityIdAscNameAsc(Collection<String> communities);

	List<Asset> findByCommunityIdAndRetiredFalseOrderByNameAsc(String communityId);

	Optional<Asset> findByIdAndRetiredFalse(Long id);

	Optional<Asset> findFirstByCommunityIdAndNameAndRetiredFalse(String communityId, String name);

}
