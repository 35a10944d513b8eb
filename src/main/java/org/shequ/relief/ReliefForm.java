package org.shequ.relief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.shequ.system.InvalidFormException;
import org.shequ.system.TaskForm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@link TaskForm} plus what the relief forms also submit: amounts (number fields), checklists and the
 * household's dynamic list. Tasklist sends checklists and lists as JSON variables; API callers may send
 * them as plain lists. Bad values refuse the completion (400) and change nothing.
 */
final class ReliefForm {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final DelegateTask task;

	private final TaskForm form;

	private final List<String> read = new ArrayList<>();

	private ReliefForm(DelegateTask task) {
		this.task = task;
		this.form = TaskForm.of(task);
	}

	static ReliefForm of(DelegateTask task) {
		return new ReliefForm(task);
	}

	String text(String name, String label, int max) {
		return form.text(name, label, max);
	}

	String optionalText(String name, String label, int max) {
		return form.optionalText(name, label, max);
	}

	String choice(String name, String label, String... allowed) {
		return form.choice(name, label, allowed);
	}

	boolean yesNo(String name, String label) {
		return form.yesNo(name, label);
	}

	/** A sum of money in yuan, at most two decimals. */
	BigDecimal amount(String name, String label, BigDecimal min, BigDecimal max) {
		read.add(name);
		return amount(task.getVariable(name), label, min, max);
	}

	static BigDecimal amount(Object value, String label, BigDecimal min, BigDecimal max) {
		BigDecimal amount;
		try {
			if (value instanceof JsonNode node && node.isNumber()) {
				amount = node.decimalValue();
			}
			else if (value instanceof Number || value instanceof String) {
				amount = new BigDecimal(value.toString().strip());
			}
			else {
				throw invalid("请填写" + label);
			}
		}
		catch (NumberFormatException e) {
			throw invalid(label + "须为数字");
		}
		if (amount.compareTo(min) < 0 || amount.compareTo(max) > 0) {
			throw invalid(label + "须在" + min.toPlainString() + "到" + max.toPlainString() + "之间");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw invalid(label + "最多两位小数");
		}
		return amount.setScale(2);
	}

	/** The values ticked in a checklist, each one of {@code allowed}. */
	Set<String> ticked(String name, String label, boolean required, Collection<String> allowed) {
		read.add(name);
		Object value = task.getVariable(name);
		Set<String> ticked = new LinkedHashSet<>();
		if (value != null) {
			JsonNode node = json(value, label);
			if (!node.isArray()) {
				throw invalid(label + "格式不正确");
			}
			for (JsonNode item : node) {
				if (!item.isTextual() || !allowed.contains(item.asText())) {
					throw invalid(label + "中有不认识的选项");
				}
				ticked.add(item.asText());
			}
		}
		if (required && ticked.isEmpty()) {
			throw invalid("请选择" + label);
		}
		return ticked;
	}

	/** A dynamic list: one JSON object per row. */
	List<JsonNode> rows(String name, String label, int min, int max) {
		read.add(name);
		Object value = task.getVariable(name);
		if (value == null) {
			throw invalid("请填写" + label);
		}
		JsonNode node = json(value, label);
		if (!node.isArray()) {
			throw invalid(label + "格式不正确");
		}
		if (node.size() < min || node.size() > max) {
			throw invalid(label + "须有" + min + "到" + max + "项");
		}
		List<JsonNode> rows = new ArrayList<>();
		node.forEach(rows::add);
		for (JsonNode row : rows) {
			if (!row.isObject()) {
				throw invalid(label + "格式不正确");
			}
		}
		return rows;
	}

	/** Removes every value read from the process (history keeps them, masked: {@link ReliefHistoryPrivacy}). */
	void consume(String... alsoSubmitted) {
		List<String> names = new ArrayList<>(read);
		names.addAll(List.of(alsoSubmitted));
		form.consume(names.toArray(String[]::new));
	}

	static InvalidFormException invalid(String message) {
		return new InvalidFormException(message);
	}

	private static JsonNode json(Object value, String label) {
		try {
			if (value instanceof SpinJsonNode spin) {
				return JSON.readTree(spin.toString());
			}
			if (value instanceof String text) {
				return JSON.readTree(text);
			}
			if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
				return JSON.valueToTree(value);
			}
		}
		catch (JsonProcessingException | IllegalArgumentException e) {
			throw invalid(label + "格式不正确");
		}
		throw invalid(label + "格式不正确");
	}

}
