package org.shequ.intake;

/**
 * A need as the caseworker takes it down (POST /api/cases). Every field is checked by
 * {@link NewCaseValidation}; types are checked by Jackson (unknown fields are refused). {@code asset}
 * optionally names the registered place or asset the need is about (GET /api/assets).
 */
public record NewCaseRequest(String community, String grid, String category, Boolean urgent, String channel,
		String title, String description, String reporterName, String reporterPhone, String address, Long asset) {

	/** A need about no registered asset. */
	public NewCaseRequest(String community, String grid, String category, Boolean urgent, String channel,
			String title, String description, String reporterName, String reporterPhone, String address) {
		this(community, grid, category, urgent, channel, title, description, reporterName, reporterPhone, address,
				null);
	}

}
