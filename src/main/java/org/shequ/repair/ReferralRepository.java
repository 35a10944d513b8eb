package org.shequ.repair;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	List<Referral> findByCaseIdOrderBySeqNo(Long caseId);

	Optional<Referral> findFirstByCaseIdOrderBySeqNoDesc(Long caseId);

	Optional<Referral> findByLetterNumber(String letterNumber);

	long countByCaseId(Long caseId);

}
