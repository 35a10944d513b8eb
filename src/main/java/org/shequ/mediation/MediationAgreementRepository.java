package org.shequ.mediation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MediationAgreementRepository extends JpaRepository<MediationAgreement, Long> {

	List<MediationAgreement> findByCaseIdOrderBySequenceNoAsc(Long caseId);

	Optional<MediationAgreement> findFirstByCaseIdOrderBySequenceNoDesc(Long caseId);

	Optional<MediationAgreement> findByCaseIdAndSequenceNo(Long caseId, int sequenceNo);

	long countByCaseId(Long caseId);

}
