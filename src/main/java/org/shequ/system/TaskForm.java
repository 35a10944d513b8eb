package org.shequ.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads and checks what a caseworker submitted with a task, on the server: the Camunda Form checks
 * the same in the browser, but a task can also be completed over the REST API. A bad value refuses
 * the completion with a 400 and changes nothing. Once stored in the case, the values are removed
 * from the process (history keeps them), so a task that comes round again starts empty.
 */
public final class TaskForm {

	private final DelegateTask task;

	private final List<String> read = new ArrayList<>();

	private TaskForm(DelegateTask task) {
		this.task = task;
	}

	public static TaskForm of(DelegateTask task) {
		return new TaskForm(task);
	}

	public String text(String name, String label, int max) {
		String value = optionalText(name, label, max);
		if (value == null) {
			throw invalid(label + "不能为空");
		}
		return value;
	}

	public String optionalText(String name, String label, int max) {
		Object value = value(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw invalid(label + "格式不正确");
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw invalid(label + "不能超过" + max + "字");
		}
		return text.strip();
	}

	public String choice(String name, String label, String... allowed) {
		Object value = value(name);
		if (value == null || !Arrays.asList(allowed).contains(value.toString())) {
			throw invalid("请选择" + label);
		}
		return value.toString();
	}

	/** Radio buttons answer "yes" / "no"; a boolean is accepted from API callers. */
	public boolean yesNo(String name, String label) {
		Object value = value(name);
		if (value instanceof Boolean bool) {
			return bool;
		}
		if ("yes".equals(value)) {
			return true;
		}
		if ("no".equals(value)) {
			return false;
		}
		throw invalid("请选择" + label);
	}

	/** Removes the values read, and those named (fields the form may have hidden), from the process. */
	public void consume(String... alsoSubmitted) {
		List<String> names = new ArrayList<>(read);
		names.addAll(Arrays.asList(alsoSubmitted));
		for (String name : names) {
			if (task.hasVariable(name)) {
				task.removeVariable(name);
			}
		}
	}

	private Object value(String name) {
		read.add(name);
		return task.getVariable(name);
	}

	private static InvalidFormException invalid(String message) {
		return new InvalidFormException(message);
	}

}
