package org.shequ.followup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CallbackRepository extends JpaRepository<Callback, Long> {

	List<Callback> findByCaseIdOrderByIdAsc(Long caseId);

	long countByCaseId(Long caseId);

}
