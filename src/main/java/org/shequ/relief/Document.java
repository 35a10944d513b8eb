package org.shequ.relief;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** The documents of the checklist. Medical records are needed only when illness or an accident is claimed. */
public enum Document {

	ID_CARD("idCard", "身份证"), HOUSEHOLD_REGISTER("householdRegister", "户口簿"), INCOME_PROOF("incomeProof", "收入证明"),
	MEDICAL_RECORDS("medicalRecords", "病历或诊断证明");

	private final String code;

	private final String label;

	Document(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<Document> of(String code) {
		return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
	}

	static String labels(Collection<Document> documents) {
		return documents.isEmpty() ? "无" : documents.stream().sorted().map(Document::label).collect(Collectors.joining("、"));
	}

	static String codes(Collection<Document> documents) {
		return documents.stream().sorted().map(Document::code).collect(Collectors.joining(","));
	}

}
