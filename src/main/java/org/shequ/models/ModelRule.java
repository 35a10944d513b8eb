package org.shequ.models;

/** One of the gate's rules, applied to every deployment. */
interface ModelRule {

	void check(Review review);

}
