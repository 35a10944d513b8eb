package org.shequ.mediation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MediationSessionRepository extends JpaRepository<MediationSession, Long> {

	List<MediationSession> findByCaseIdOrderByIdAsc(Long caseId);

	Optional<MediationSession> findFirstByCaseIdOrderByIdDesc(Long caseId);

	boolean existsByCaseIdAndOutcome(Long caseId, String outcome);

}
