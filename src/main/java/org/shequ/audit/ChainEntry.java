package org.shequ.audit;

import java.time.Instant;

/** An audit event written out, hashed and waiting for its place in the chain. */
record ChainEntry(Instant recordedAt, String kind, String refType, String refId, String content,
		String contentHash) {

}
