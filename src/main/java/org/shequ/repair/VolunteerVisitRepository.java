package org.shequ.repair;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerVisitRepository extends JpaRepository<VolunteerVisit, Long> {

	List<VolunteerVisit> findByCaseIdOrderByVisitNumber(Long caseId);

	Optional<VolunteerVisit> findFirstByCaseIdOrderByVisitNumberDesc(Long caseId);

}
