package org.shequ.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface TrackingCounterRepository extends JpaRepository<TrackingCounter, TrackingCounter.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from TrackingCounter c where c.id = :id")
	Optional<TrackingCounter> lock(@Param("id") TrackingCounter.Key id);

}
