package org.shequ.intake;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<Case, Long> {

	Optional<Case> findByTrackingNumber(String trackingNumber);

	boolean existsByDemoTrue();

	@Query("""
			select c from ShequCase c
			where c.communityId in :communities and (:status is null or c.status = :status)
			""")
	Page<Case> search(@Param("communities") Collection<String> communities, @Param("status") CaseStatus status,
			Pageable page);

}
