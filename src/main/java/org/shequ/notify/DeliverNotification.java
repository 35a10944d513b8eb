package org.shequ.notify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.shequ.notify.MessageGateway.OutgoingMessage;
import org.shequ.system.PersonalData;
import org.shequ.system.ShequClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 发送短信 (an async job of {@code resident-notification}): hands one outbox row to the gateway and
 * marks it sent in the job's own transaction. A row already marked sent is not sent again; if the
 * gateway took a message but the transaction was lost, the retry repeats the same message id, which
 * the gateway recognises.
 */
@Component("deliverNotification")
class DeliverNotification implements JavaDelegate {

	static final String NOTIFICATION_ID = "notificationId";

	private static final Logger log = LoggerFactory.getLogger(DeliverNotification.class);

	private final ResidentNotificationRepository notifications;

	private final MessageGateway gateway;

	private final ShequClock clock;

	DeliverNotification(ResidentNotificationRepository notifications, MessageGateway gateway, ShequClock clock) {
		this.notifications = notifications;
		this.gateway = gateway;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object id = execution.getVariable(NOTIFICATION_ID);
		if (!(id instanceof Number number)) {
			throw new IllegalStateException("no notification id in this process: " + NOTIFICATION_ID + " is " + id);
		}
		ResidentNotification notification = notifications.findById(number.longValue())
			.orElseThrow(() -> new IllegalStateException("notification " + id + " does not exist"));
		if (notification.isSent()) {
			log.info("SMS {} ({} {}) was already sent at {}: not sending it again", notification.getMessageId(),
					notification.getTrackingNumber(), notification.getKind(), notification.getSentAt());
			return;
		}
		gateway.send(new OutgoingMessage(notification.getMessageId(), notification.getRecipient(),
				notification.getText()));
		notification.markSent(clock.now());
		log.info("SMS {} ({} {}) sent to {}", notification.getMessageId(), notification.getTrackingNumber(),
				notification.getKind(), PersonalData.maskPhone(notification.getRecipient()));
	}

}
