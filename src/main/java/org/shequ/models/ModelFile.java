package org.shequ.models;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One file of a deployment (a BPMN process, a DMN decision table or a Camunda Form) with its name. */
public record ModelFile(String name, byte[] content) {

	public enum Kind {
		BPMN, DMN, FORM, OTHER
	}

	public static ModelFile of(String name, String content) {
		return new ModelFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	public Kind kind() {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
			return Kind.BPMN;
		}
		if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
			return Kind.DMN;
		}
		if (lower.endsWith(".form")) {
			return Kind.FORM;
		}
		return Kind.OTHER;
	}

	/** The name without folders and extension: {@code processes/case-triage.dmn} → {@code case-triage}. */
	public String baseName() {
		String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		for (String suffix : new String[] { ".bpmn20.xml", ".dmn11.xml" }) {
			if (file.toLowerCase(Locale.ROOT).endsWith(suffix)) {
				return file.substring(0, file.length() - suffix.length());
			}
		}
		int dot = file.lastIndexOf('.');
		return dot < 0 ? file : file.substring(0, dot);
	}

	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelFile f && f.name.equals(name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}

	@Override
	public String toString() {
		return name;
	}

}
