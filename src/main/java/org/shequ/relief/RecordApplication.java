package org.shequ.relief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 受理救助申请 completed: stores the household, income, assets, hardship, programmes asked and the
 * documents in; the first contact with the applicant stops the response clock. The process keeps only
 * the application's id and whether the documents are complete.
 */
@Component("recordApplication")
class RecordApplication implements TaskListener {

	static final List<String> RELATIONSHIPS = List.of("self", "spouse", "child", "parent", "sibling", "grandchild",
			"other");

	static final int MAX_MEMBERS = 20;

	static final BigDecimal MAX_INCOME = new BigDecimal("1000000");

	static final BigDecimal MAX_SAVINGS = new BigDecimal("100000000");

	private final CaseRecords records;

	private final ReliefApplicationRepository applications;

	private final ReliefProperties properties;

	private final ShequClock clock;

	RecordApplication(CaseRecords records, ReliefApplicationRepository applications, ReliefProperties properties,
			ShequClock clock) {
		this.records = records;
		this.applications = applications;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReliefForm form = ReliefForm.of(task);
		List<HouseholdMember> members = members(form.rows("householdMembers", "家庭成员", 1, MAX_MEMBERS));
		Housing housing = Housing.of(form.choice("housing", "住房情况",
				Arrays.stream(Housing.values()).map(Housing::code).toArray(String[]::new))).orElseThrow();
		boolean vehicle = form.yesNo("vehicle", "是否有非营运机动车");
		BigDecimal savings = form.amount("savings", "家庭存款", BigDecimal.ZERO, MAX_SAVINGS);
		Set<Hardship> hardship = form
			.ticked("hardship", "困难情形", false, Arrays.stream(Hardship.values()).map(Hardship::code).toList())
			.stream()
			.map(code -> Hardship.of(code).orElseThrow())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Hardship.class)));
		String hardshipNote = form.text("hardshipNote", "困难情况说明", 4000);
		Set<Programme> asked = form
			.ticked("programmesAsked", "申请的救助项目", true,
					Arrays.stream(Programme.values()).map(Programme::code).toList())
			.stream()
			.map(code -> Programme.of(code).orElseThrow())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Programme.class)));
		Set<Document> documents = documents(form);
		String registrationNote = form.text("registrationNote", "受理记录", 2000);

		Case kase = records.of(task);
		String actor = records.actor(task);
		ReliefApplication application = applications.save(new ReliefApplication(kase.getId(), clock.now(), actor,
				members, properties.localLineOf(kase.getCommunityId()), housing, vehicle, savings, hardship,
				hardshipNote, asked, documents));
		kase.recordResponse(actor, clock.now());
		records.log(kase, "RESPONDED", actor, "受理救助申请（家庭" + members.size() + "人，申请："
				+ Programme.labels(asked) + "）：" + registrationNote);
		task.setVariable(ReliefRecords.APPLICATION_ID, application.getId());
		task.setVariable("documentsComplete", application.missingDocuments().isEmpty());
		form.consume();
	}

	static Set<Document> documents(ReliefForm form) {
		return form
			.ticked("documentsReceived", "已收到的材料", false,
					Arrays.stream(Document.values()).map(Document::code).toList())
			.stream()
			.map(code -> Document.of(code).orElseThrow())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Document.class)));
	}

	private static List<HouseholdMember> members(List<JsonNode> rows) {
		List<HouseholdMember> members = new ArrayList<>();
		for (JsonNode row : rows) {
			int n = members.size() + 1;
			String label = "第" + n + "位家庭成员的";
			JsonNode name = row.get("name");
			if (name == null || !name.isTextual() || name.asText().isBlank()
					|| name.asText().strip().codePointCount(0, name.asText().strip().length()) > 32) {
				throw ReliefForm.invalid("请填写" + label + "姓名（不超过32字）");
			}
			JsonNode relationship = row.get("relationship");
			if (relationship == null || !RELATIONSHIPS.contains(relationship.asText())) {
				throw ReliefForm.invalid("请选择" + label + "与申请人关系");
			}
			JsonNode age = row.get("age");
			if (age == null || !age.isIntegralNumber() || !age.canConvertToInt() || age.asInt() < 0 || age.asInt() > 120) {
				throw ReliefForm.invalid(label + "年龄须为0到120的整数");
			}
			JsonNode income = row.get("monthlyIncome");
			BigDecimal monthlyIncome = ReliefForm.amount(income == null || income.isNull() ? null
					: income.isTextual() ? income.asText() : income.decimalValue(), label + "月收入", BigDecimal.ZERO,
					MAX_INCOME);
			members.add(new HouseholdMember(n, name.asText().strip(), relationship.asText(), age.asInt(), monthlyIncome));
		}
		return members;
	}

}
