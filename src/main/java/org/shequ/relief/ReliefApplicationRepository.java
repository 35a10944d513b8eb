package org.shequ.relief;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReliefApplicationRepository extends JpaRepository<ReliefApplication, Long> {

	List<ReliefApplication> findByCaseIdOrderByIdDesc(Long caseId);

}
