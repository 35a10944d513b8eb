package org.shequ.audit;

import java.util.Map;

/**
 * Something that happened and must be provable later: an engine history event, a change to one of
 * Shequ's rows, a comment. {@code refType}/{@code refId} name the record it wrote (a table and a key),
 * so that verification can compare the record with what the chain says it was.
 */
public record AuditEvent(String kind, String refType, String refId, Map<String, Object> data) {

}
