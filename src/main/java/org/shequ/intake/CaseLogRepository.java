package org.shequ.intake;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseLogRepository extends JpaRepository<CaseLog, Long> {

	List<CaseLog> findByCaseIdOrderByIdAsc(Long caseId);

}
