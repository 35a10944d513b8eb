package org.shequ.notify;

/** The moments a resident hears from Shequ, each with its short message (one SMS, signed by the community). */
public enum NotificationKind {

	/** With the tracking number and the time by which someone will make contact. */
	RECEIVED("【%1$s】您的诉求已受理，编号%2$s，工作人员将%3$s与您联系。"),

	/** The first contact is recorded: someone has called or is on the way. */
	RESPONDED("【%1$s】工作人员已联系您，正在处理诉求%2$s，需要上门的将尽快赶到。"),

	RESOLVED("【%1$s】您的诉求%2$s已办结，近日将有工作人员回访，请留意来电。"),

	CLOSED("【%1$s】您的诉求%2$s已结案，感谢您的支持。有新的需要请随时联系社区。");

	private final String template;

	NotificationKind(String template) {
		this.template = template;
	}

	/** {@code by} is when someone will make contact, e.g. "在9月1日10:00前" (RECEIVED only). */
	String text(String community, String trackingNumber, String by) {
		return template.formatted(community, trackingNumber, by);
	}

}
