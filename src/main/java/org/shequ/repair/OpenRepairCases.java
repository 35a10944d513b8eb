package org.shequ.repair;

import java.util.Collection;
import java.util.List;

import org.shequ.intake.Case;
import org.shequ.intake.CaseStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Cases of the repair track that are still being worked on, for duplicate detection. */
interface OpenRepairCases extends Repository<Case, Long> {

	@Query("""
			select c from ShequCase c
			where c.communityId = :community and c.track = :track and c.status in :statuses and c.id <> :self
			order by c.receivedAt, c.id
			""")
	List<Case> find(@Param("community") String community, @Param("track") String track,
			@Param("statuses") Collection<CaseStatus> statuses, @Param("self") Long self);

}
