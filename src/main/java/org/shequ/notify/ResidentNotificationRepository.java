package org.shequ.notify;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidentNotificationRepository extends JpaRepository<ResidentNotification, Long> {

	List<ResidentNotification> findByCaseIdOrderById(Long caseId);

	Optional<ResidentNotification> findByMessageId(String messageId);

}
