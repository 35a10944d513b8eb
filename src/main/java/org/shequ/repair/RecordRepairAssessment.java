package org.shequ.repair;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.asset.Asset;
import org.shequ.asset.AssetRegistry;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.intake.CaseRepository;
import org.shequ.system.InvalidFormException;
import org.shequ.system.ShequClock;
import org.shequ.system.TaskForm;
import org.springframework.stereotype.Component;

/**
 * 联系居民并核实报修 completed: the first contact with the resident (stops the response clock), then
 * either the link to an open case about the same problem ({@code linked}) or what needs repairing,
 * on which asset, whether inside the home and for whom — the inputs of {@code repair-responsibility.dmn}.
 */
@Component("recordRepairAssessment")
class RecordRepairAssessment implements TaskListener {

	static final Map<String, String> METHODS = Map.of("phone", "电话联系", "visit", "上门查看", "desk", "来访面谈");

	private final CaseRecords records;

	private final CaseRepository cases;

	private final RepairCases repairs;

	private final AssetRegistry assets;

	private final DuplicateFinder finder;

	private final ShequClock clock;

	RecordRepairAssessment(CaseRecords records, CaseRepository cases, RepairCases repairs, AssetRegistry assets,
			DuplicateFinder finder, ShequClock clock) {
		this.records = records;
		this.cases = cases;
		this.repairs = repairs;
		this.assets = assets;
		this.finder = finder;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskForm form = TaskForm.of(task);
		String method = form.choice("contactMethod", "联系方式", METHODS.keySet().toArray(String[]::new));
		String note = form.text("contactNote", "联系情况", 2000);
		boolean suspected = Boolean.TRUE.equals(task.getVariable(FindDuplicateRepairs.SUSPECTED));
		boolean link = suspected
				&& "link".equals(form.choice("duplicateDecision", "是否与已有报修并案", "link", "separate"));
		Case kase = records.of(task);
		String actor = records.actor(task);
		RepairCase repair = repairs.of(kase);
		DelegateExecution execution = task.getExecution();
		if (link) {
			Case lead = lead(kase, form.text("linkTo", "并入的诉求", 32));
			respond(kase, actor, method, note);
			repair.linkTo(lead.getId(), actor, clock.now());
			records.log(kase, "LINKED", actor, "与 " + lead.getTrackingNumber() + " 反映的是同一问题，并案办理，随该诉求一并办结");
			records.log(lead, "DUPLICATE_LINKED", actor, kase.getTrackingNumber() + "（反映人 " + kase.getReporterName()
					+ "）反映同一问题，已并入本诉求，办结时一并办结并回访");
			form.consume("assetId", "insideHome", "vulnerable", "repairNeed");
			execution.setVariable("linked", true);
			return;
		}
		Asset asset = asset(form, kase);
		boolean insideHome = form.yesNo("insideHome", "是否在居民家中");
		boolean vulnerable = form.yesNo("vulnerable", "居民是否为老年人、残疾人或低收入居民");
		String need = form.text("repairNeed", "需要维修的内容", 2000);
		respond(kase, actor, method, note);
		kase.identifyAsset(asset == null ? null : asset.getId());
		repair.assess(need, insideHome, vulnerable, actor, clock.now());
		records.log(kase, "ASSESSED", actor, "核实：" + need + "；设施："
				+ (asset == null ? "未登记" : asset.getName() + "（" + asset.getOwnerName() + "）") + "；"
				+ (insideHome ? "在居民家中" : "公共区域") + (vulnerable ? "；老年、残疾或低收入居民" : ""));
		form.consume("linkTo", "duplicateDecision");
		execution.setVariable("linked", false);
		execution.setVariable("assetType", asset == null ? AssessmentChoices.NO_ASSET : asset.getType().code());
		execution.setVariable("ownerKind", asset == null ? AssessmentChoices.NO_ASSET : asset.getOwnerKind().code());
		execution.setVariable("insideHome", insideHome);
		execution.setVariable("vulnerable", vulnerable);
	}

	private void respond(Case kase, String actor, String method, String note) {
		kase.recordResponse(actor, clock.now());
		records.log(kase, "RESPONDED", actor, METHODS.get(method) + "：" + note);
	}

	private Case lead(Case kase, String trackingNumber) {
		Case lead = cases.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new InvalidFormException("没有诉求 " + trackingNumber));
		finder.whyNotLinkable(kase, lead).ifPresent(reason -> {
			throw new InvalidFormException(reason);
		});
		return lead;
	}

	private Asset asset(TaskForm form, Case kase) {
		String chosen = form.text("assetId", "报修的设施", 20);
		if (AssessmentChoices.NO_ASSET.equals(chosen)) {
			return null;
		}
		try {
			return assets.activeOf(Long.valueOf(chosen), kase.getCommunityId())
				.orElseThrow(() -> new InvalidFormException("请选择本社区产权登记表中的设施，或选“未登记／居民家中”"));
		}
		catch (NumberFormatException e) {
			throw new InvalidFormException("请选择本社区产权登记表中的设施，或选“未登记／居民家中”");
		}
	}

}
