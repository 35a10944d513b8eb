package org.shequ.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's arithmetic, the same as {@link AuditExportVerifier} does offline: an entry's content
 * hash is SHA-256 of its content (UTF-8), and its hash is SHA-256 of {@code seq|prevHash|contentHash}.
 */
final class ChainHashes {

	static final String GENESIS = "0".repeat(64);

	private ChainHashes() {
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String entryHash(long seq, String prevHash, String contentHash) {
		return sha256(seq + "|" + prevHash + "|" + contentHash);
	}

}
