package org.shequ.repair;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RepairCaseRepository extends JpaRepository<RepairCase, Long> {

	Optional<RepairCase> findByCaseId(Long caseId);

	List<RepairCase> findByLeadCaseIdOrderById(Long leadCaseId);

	boolean existsByLeadCaseId(Long leadCaseId);

}
