package org.shequ.relief;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRequestRepository extends JpaRepository<DocumentRequest, Long> {

	List<DocumentRequest> findByApplicationIdOrderByIdAsc(Long applicationId);

	Optional<DocumentRequest> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

}
