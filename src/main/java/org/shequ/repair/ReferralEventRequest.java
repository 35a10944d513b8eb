package org.shequ.repair;

/**
 * What a responsible body answered, as a caseworker records it (POST
 * /api/cases/{trackingNumber}/referral-events): {@code event} is {@code acknowledged} (签收),
 * {@code declined} (推诿, with a {@code reason}) or {@code completed} (修复).
 */
record ReferralEventRequest(String event, String contactName, String note, String reason) {
}
