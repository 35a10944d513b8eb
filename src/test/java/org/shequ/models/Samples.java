package org.shequ.models;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample track of src/test/resources/models under a key of its own for each test (the app and its
 * database are shared by all test classes): {@code sample-track} becomes e.g. {@code sample-b7}, its
 * form {@code sample-b7-step}.
 */
final class Samples {

	private static final AtomicInteger NEXT = new AtomicInteger();

	final String key;

	private Samples(String key) {
		this.key = key;
	}

	static Samples fresh(String prefix) {
		return new Samples(prefix + "-" + Long.toString(System.nanoTime() % 100_000, 36) + NEXT.incrementAndGet());
	}

	/** Version 1: first step, second step. */
	ModelFile bpmn() {
		return renamed("sample-track.bpmn", key + ".bpmn");
	}

	/** Version 2: first step renamed, the second step replaced by a review. */
	ModelFile bpmnV2() {
		return renamed("sample-track-v2.bpmn", key + ".bpmn");
	}

	ModelFile form() {
		return renamed("sample-track-step.form", key + "-step.form");
	}

	ModelFile formV2() {
		return renamed("sample-track-step-v2.form", key + "-step.form");
	}

	/** A broken fixture, with the sample's key. */
	ModelFile broken(String fixture) {
		return renamed("broken/" + fixture, key + ".bpmn");
	}

	String formId() {
		return key + "-step";
	}

	private ModelFile renamed(String fixture, String deployAs) {
		return ModelFile.of(deployAs, Fixtures.fixtureText(fixture).replace("sample-track", key));
	}

}
