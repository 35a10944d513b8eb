package org.shequ.demo;

import java.util.Set;

import org.shequ.intake.CaseRepository;
import org.shequ.intake.IntakeService;
import org.shequ.intake.NewCaseRequest;
import org.shequ.security.CurrentUser;
import org.shequ.security.Roles;
import org.springframework.stereotype.Component;

/** A handful of open cases, so the Tasklist shows work on first start. People and numbers are invented. */
@Component
class DemoCases {

	private final IntakeService intake;

	private final CaseRepository cases;

	DemoCases(IntakeService intake, CaseRepository cases) {
		this.intake = intake;
		this.cases = cases;
	}

	void seedOnce() {
		if (cases.count() > 0) {
			return;
		}
		file("hhbgrid1", "hongheba", new NewCaseRequest("hongheba", "hhb-1", "repair", false, "walk-in",
				"3栋旁路灯损坏多年，夜间无照明", "化工厂宿舍3栋至5栋之间的路灯坏了好几年，上周有老人晚上摔倒。", "张德胜", "13800000101",
				"鸿鹤坝化工厂宿舍3栋"));
		file("jfqgrid1", "jiefangqiao", new NewCaseRequest("jiefangqiao", "jfq-1", "dispute", true, "phone",
				"楼上漏水浸湿楼下商铺货物", "租户家中水管漏水，楼下商铺的整箱白酒被浸湿，店主要求按原价赔偿，双方在现场争执。", "黄老板", "13800000202",
				"解放桥路18号1楼商铺"));
		file("jfqgrid2", "jiefangqiao", new NewCaseRequest("jiefangqiao", "jfq-2", "sanitation", false, "walk-in",
				"电业局宿舍花坛杂草丛生", "电业局宿舍院内花坛长期无人打理，杂草有半人高，道路坑洼。", "林阿姨", "13800000303", "电业局宿舍院内"));
		file("mzjgrid1", "mozijing", new NewCaseRequest("mozijing", "mzj-1", "consultation", false, "phone",
				"老年活动室开放时间咨询", "退休职工询问社区老年活动室周末是否开放、能否办书法活动。", "马师傅", "13800000404", null));
	}

	private void file(String worker, String community, NewCaseRequest request) {
		intake.file(request, new CurrentUser(worker, Set.of(Roles.CASEWORKER, community), Set.of(community)), null);
	}

}
