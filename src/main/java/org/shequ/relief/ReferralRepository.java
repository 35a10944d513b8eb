package org.shequ.relief;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	List<Referral> findByApplicationIdOrderByIdAsc(Long applicationId);

	Optional<Referral> findByApplicationIdAndPartner(Long applicationId, Programme partner);

}
