package org.shequ.relief;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReliefReferralRepository extends JpaRepository<ReliefReferral, Long> {

	List<ReliefReferral> findByApplicationIdOrderByIdAsc(Long applicationId);

	Optional<ReliefReferral> findByApplicationIdAndPartner(Long applicationId, Programme partner);

}
