package org.shequ.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, Long> {

	Optional<IdempotentRequest> findByPrincipalAndKey(String principal, String key);

}
