package org.shequ.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.shequ.asset.Asset;
import org.shequ.intake.Case;
import org.shequ.intake.CaseRecords;
import org.shequ.system.ShequClock;
import org.springframework.stereotype.Component;

/**
 * Runs when a repair task is created: puts what the track knows so far (asset and owner, who is
 * responsible, the current referral letter with its print address, the volunteer visits) in the
 * task-local variable {@code repairFacts}, which the forms show read-only.
 */
@Component("repairTaskFacts")
class RepairTaskFacts implements TaskListener {

	static final String FACTS = "repairFacts";

	private final CaseRecords records;

	private final RepairCases repairs;

	private final ResponsibleBodies bodies;

	private final ReferralRepository referrals;

	private final VolunteerVisitRepository visits;

	private final ShequClock clock;

	RepairTaskFacts(CaseRecords records, RepairCases repairs, ResponsibleBodies bodies, ReferralRepository referrals,
			VolunteerVisitRepository visits, ShequClock clock) {
		this.records = records;
		this.repairs = repairs;
		this.bodies = bodies;
		this.referrals = referrals;
		this.visits = visits;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariableLocal(FACTS, facts(records.of(task)));
	}

	String facts(Case kase) {
		RepairCase repair = repairs.of(kase);
		Asset asset = repairs.assetOf(kase).orElse(null);
		List<String> lines = new ArrayList<>();
		lines.add("设施：" + (asset == null ? "未登记／居民家中"
				: asset.getName() + "（" + asset.getType().label() + "，" + asset.getLocation() + "）产权："
						+ asset.getOwnerKind().label() + " " + asset.getOwnerName()
						+ (asset.hasManager() ? "；物业：" + asset.getManagerName() : "")));
		if (repair.getNeed() != null) {
			lines.add("核实情况：" + repair.getNeed() + "（" + (Boolean.TRUE.equals(repair.getInsideHome()) ? "居民家中" : "公共区域")
					+ (Boolean.TRUE.equals(repair.getVulnerable()) ? "，老年／残疾／低收入居民" : "") + "）");
		}
		if (repair.getRoute() != null) {
			lines.add("由谁维修：" + responsible(repair, asset) + "；时限 " + repair.getTimeLimit());
		}
		Optional<Referral> letter = referrals.findFirstByCaseIdOrderBySeqNoDesc(kase.getId());
		letter.ifPresent(r -> {
			lines.add("转介函：" + r.getLetterNumber() + " 致 " + r.getBodyName() + (r.getBodyPhone() == null ? "" : "（"
					+ r.getBodyPhone() + "）") + "，" + clock.display(r.getIssuedAt()) + " 出具，请于 "
					+ clock.display(r.getDueBy()) + " 前修复；" + r.getStatus().label() + "，已催办 " + r.getReminders() + " 次");
			lines.add("打印转介函：/api/cases/" + kase.getTrackingNumber() + "/referrals/" + r.getLetterNumber() + "/letter");
		});
		for (VolunteerVisit visit : visits.findByCaseIdOrderByVisitNumber(kase.getId())) {
			lines.add("上门安排" + visit.getVisitNumber() + "：" + visit.getStatus().label()
					+ (visit.getVolunteerId() == null ? "" : "，志愿者 " + visit.getVolunteerId() + "，时段 "
							+ clock.display(visit.getSlotStart()))
					+ (visit.getWorkDone() == null ? "" : "，" + visit.getWorkDone()));
		}
		return String.join("\n", lines);
	}

	private String responsible(RepairCase repair, Asset asset) {
		return switch (repair.getRoute()) {
			case VOLUNTEER -> "党员志愿者服务队周末上门";
			case COMMUNITY -> "社区自行维修";
			case EXTERNAL -> bodies.resolve(repair.currentParty(), asset).map(ResponsibleBodies.Body::name).orElse("—");
		};
	}

}
