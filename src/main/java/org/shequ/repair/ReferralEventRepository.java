package org.shequ.repair;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralEventRepository extends JpaRepository<ReferralEvent, Long> {

	List<ReferralEvent> findByReferralIdOrderById(Long referralId);

}
