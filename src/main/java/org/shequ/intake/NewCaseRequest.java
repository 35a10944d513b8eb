package org.shequ.intake;

/**
 * A need as the caseworker takes it down (POST /api/cases). Every field is checked by
 * {@link NewCaseValidation}; types are checked by Jackson (unknown fields are refused).
 */
public record NewCaseRequest(String community, String grid, String category, Boolean urgent, String channel,
		String title, String description, String reporterName, String reporterPhone, String address) {
}
