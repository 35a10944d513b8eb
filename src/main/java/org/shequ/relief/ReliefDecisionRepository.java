package org.shequ.relief;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReliefDecisionRepository extends JpaRepository<ReliefDecision, Long> {

	List<ReliefDecision> findByApplicationIdOrderByIdAsc(Long applicationId);

	Optional<ReliefDecision> findFirstByApplicationIdAndKindOrderByIdDesc(Long applicationId, DecisionKind kind);

}
