package org.shequ.repair;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DuplicateFlagRepository extends JpaRepository<DuplicateFlag, Long> {

	List<DuplicateFlag> findByCaseIdOrderById(Long caseId);

	boolean existsByCaseIdAndCandidateId(Long caseId, Long candidateId);

}
