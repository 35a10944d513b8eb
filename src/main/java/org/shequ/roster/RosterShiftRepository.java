package org.shequ.roster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RosterShiftRepository extends JpaRepository<RosterShift, Long> {

	List<RosterShift> findByCommunityIdOrderByStartMinute(String communityId);

	boolean existsByCommunityId(String communityId);

	void deleteByCommunityId(String communityId);

}
