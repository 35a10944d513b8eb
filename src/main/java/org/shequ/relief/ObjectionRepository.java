package org.shequ.relief;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findByApplicationIdOrderByIdAsc(Long applicationId);

}
