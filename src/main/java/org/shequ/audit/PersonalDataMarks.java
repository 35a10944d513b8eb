package org.shequ.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shequ.system.PersonalData;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where personal data sits in an audit record, so that auditors, who see it in full, see it marked:
 * fields named after a resident's particulars (name, phone, address, identity number) and any text
 * that contains a phone number (the case summary shown in every form, notes).
 */
final class PersonalDataMarks {

	private static final Set<String> NAMED = Set.of("phone", "mobile", "reporter", "resident", "address", "idnumber",
			"idcard", "household");

	private PersonalDataMarks() {
	}

	static boolean isPersonalField(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return NAMED.stream().anyMatch(lower::contains);
	}

	/** Paths ({@code data.state.reporterPhone}, {@code formValues.note}) of the personal values in a JSON tree. */
	static List<String> in(JsonNode node) {
		List<String> paths = new ArrayList<>();
		collect(node, "", false, paths);
		return paths;
	}

	private static void collect(JsonNode node, String path, boolean personalName, List<String> paths) {
		if (node == null || node.isNull()) {
			return;
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
						isPersonalField(field.getKey()), paths);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), path + "[" + i + "]", personalName, paths);
			}
		}
		else if (personalName || (node.isTextual() && PersonalData.containsPhone(node.asText()))) {
			paths.add(path);
		}
	}

}
