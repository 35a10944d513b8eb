package org.shequ.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the parties agreed: the terms, who pays whom how much (if anything), by when; both consented. */
public record AgreementTerms(String terms, Payer payer, BigDecimal amount, LocalDate payBy) {
}
