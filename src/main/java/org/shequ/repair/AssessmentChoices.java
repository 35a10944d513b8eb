package org.shequ.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.asset.Asset;
import org.shequ.asset.AssetRegistry;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 联系居民并核实报修 created: offers the community's registered assets (preselecting the one named at
 * intake) and the open cases this one may repeat, as task-local variables that the form reads.
 */
@Component("assessmentChoices")
class AssessmentChoices implements TaskListener {

	static final String NO_ASSET = "none";

	private final CaseRecords records;

	private final AssetRegistry assets;

	private final DuplicateFinder finder;

	private final ShequClock clock;

	private final ObjectMapper json;

	AssessmentChoices(CaseRecords records, AssetRegistry assets, DuplicateFinder finder, ShequClock clock,
			ObjectMapper json) {
		this.records = records;
		this.assets = assets;
		this.finder = finder;
		this.clock = clock;
		this.json = json;
	}

	@Override
	public void notify(DelegateTask task) {
		Case kase = records.of(task);
		List<Choices.Choice> assetChoices = new ArrayList<>();
		assetChoices.add(new Choices.Choice("未登记／居民家中", NO_ASSET));
		for (Asset asset : assets.activeOf(kase.getCommunityId())) {
			assetChoices.add(new Choices.Choice(asset.getName() + "（" + asset.getType().label() + "，"
					+ asset.getLocation() + "；" + asset.getOwnerName() + "）", asset.getId().toString()));
		}
		task.setVariableLocal("assetChoices", Choices.json(json, assetChoices));
		if (kase.getAssetId() != null) {
			task.setVariableLocal("assetId", kase.getAssetId().toString());
		}

		List<DuplicateFinder.Candidate> leads = finder.flaggedLeads(kase);
		task.setVariableLocal("duplicateChoices", Choices.json(json, leads.stream()
			.map(c -> new Choices.Choice(describe(c), c.kase().getTrackingNumber()))
			.toList()));
		task.setVariableLocal("duplicateNotice", leads.isEmpty() ? "无"
				: leads.stream().map(this::describe).collect(Collectors.joining("\n")));
	}

	private String describe(DuplicateFinder.Candidate candidate) {
		Case other = candidate.kase();
		return other.getTrackingNumber() + "｜" + candidate.reason().label() + "｜" + other.getTitle() + "｜"
				+ (other.getAddress() == null ? "—" : other.getAddress()) + "｜受理于 "
				+ clock.display(other.getReceivedAt()) + "｜" + other.getStatus().label();
	}

}
