package org.shequ.relief;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Relief settings (prefix {@code shequ.relief}).
 *
 * @param localLine the local minimum living standard (低保标准) in yuan per person and month that
 * relief-eligibility.dmn compares per-head income with; default 800, a placeholder close to recent
 * Sichuan city standards: set the figure the city's civil affairs bureau publishes
 * @param localLines a different standard for some communities, by community id
 * @param documentsWithin how long an applicant has to bring missing documents ({@code 10WD} or an ISO duration)
 * @param firstPaymentWithin emergency cases: the first payment is decided within this time of filing
 * @param dibaoWorkingDays the 低保 procedure's time limit in working days
 * @param dibaoExtendedWorkingDays the limit once the supervisor has extended it
 * @param extensionOfferedAfter after this many working days the supervisor is asked whether to extend
 * @param refusalNoticeWorkingDays a refusal is delivered in writing within this many working days
 * @param referralAcknowledgeWithin a partner body acknowledges a referral within this time
 * @param referralResultWithin and gives its result within this time of acknowledging
 */
@ConfigurationProperties("shequ.relief")
public record ReliefProperties(BigDecimal localLine, Map<String, BigDecimal> localLines, String documentsWithin,
		Duration firstPaymentWithin, int dibaoWorkingDays, int dibaoExtendedWorkingDays, int extensionOfferedAfter,
		int refusalNoticeWorkingDays, String referralAcknowledgeWithin, String referralResultWithin) {

	public ReliefProperties {
		localLine = localLine == null ? new BigDecimal("800") : localLine;
		localLines = localLines == null ? Map.of() : Map.copyOf(localLines);
		documentsWithin = documentsWithin == null ? "10WD" : documentsWithin;
		firstPaymentWithin = firstPaymentWithin == null ? Duration.ofHours(24) : firstPaymentWithin;
		dibaoWorkingDays = dibaoWorkingDays <= 0 ? 25 : dibaoWorkingDays;
		dibaoExtendedWorkingDays = dibaoExtendedWorkingDays <= 0 ? 40 : dibaoExtendedWorkingDays;
		extensionOfferedAfter = extensionOfferedAfter <= 0 ? 20 : extensionOfferedAfter;
		refusalNoticeWorkingDays = refusalNoticeWorkingDays <= 0 ? 3 : refusalNoticeWorkingDays;
		referralAcknowledgeWithin = referralAcknowledgeWithin == null ? "3WD" : referralAcknowledgeWithin;
		referralResultWithin = referralResultWithin == null ? "15WD" : referralResultWithin;
	}

	/** The standard that applies in a community. */
	public BigDecimal localLineOf(String community) {
		return localLines.getOrDefault(community, localLine);
	}

}
