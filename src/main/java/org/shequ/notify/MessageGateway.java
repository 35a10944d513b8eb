package org.shequ.notify;

import org.shequ.system.PersonalData;

/**
 * The SMS or message service that reaches residents. An implementation either accepts the message
 * or throws {@link GatewayException}; it must treat a repeated {@code messageId} as the same message.
 */
public interface MessageGateway {

	void send(OutgoingMessage message);

	/** What the gateway gets: the outbox row's id (for de-duplication), the number, the text. */
	record OutgoingMessage(String messageId, String recipient, String text) {

		@Override
		public String toString() {
			return "OutgoingMessage[" + messageId + " to " + PersonalData.maskPhone(recipient) + "]";
		}

	}

	/**
	 * The gateway did not take the message; its text never contains the number or the message. It has
	 * no stack trace: the engine logs every failed try, and the message says all there is to say.
	 */
	class GatewayException extends RuntimeException {

		public GatewayException(String message) {
			super(message, null, false, false);
		}

	}

}
