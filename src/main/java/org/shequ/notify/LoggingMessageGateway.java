package org.shequ.notify;

import org.shequ.system.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** For the demo and tests: "sends" by writing a log line, with the number masked. */
class LoggingMessageGateway implements MessageGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingMessageGateway.class);

	@Override
	public void send(OutgoingMessage message) {
		log.info("SMS {} to {}: {}", message.messageId(), PersonalData.maskPhone(message.recipient()), message.text());
	}

}
