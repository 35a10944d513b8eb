package org.shequ.mediation;

/**
 * What a mediator records about a dispute: both parties (party A is the reporter, party B the other
 * side), the facts found on site, the loss claimed against the loss found, and the proposal.
 */
public record Findings(String partyAName, String partyAPhone, String partyBName, String partyBPhone,
		String factsFound, String lossClaimed, String lossFound, String proposal) {
}
