package org.shequ.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.shequ.intake.Category;

/** Invented residents, places and needs for the generated history: what a committee hears in a year. */
final class DemoNeeds {

	private static final Map<Category, List<String>> TITLES = Map.of(
			Category.SANITATION, List.of("楼道堆放杂物影响通行", "垃圾清运不及时", "院内花坛杂草丛生", "下水道堵塞有异味", "楼下餐馆油烟扰民"),
			Category.REPAIR, List.of("路灯不亮夜间无照明", "楼道灯损坏", "院内路面坑洼积水", "老人家中电视机故障", "自来水管漏水", "单元门锁损坏"),
			Category.CONSULTATION, List.of("低保政策咨询", "老年活动室开放时间", "医保报销咨询", "高龄津贴申请咨询", "社区食堂就餐咨询"),
			Category.DISPUTE, List.of("楼上漏水浸湿楼下", "邻里噪音纠纷", "停车位争执", "租户与房东押金纠纷", "宠物扰邻纠纷"),
			Category.RELIEF, List.of("临时救助申请", "大病医疗救助申请", "低保申请", "困难家庭学生资助申请"),
			Category.OTHER, List.of("建议增设健身器材", "反映占道经营", "希望开办老年书法班", "建议增加公交站座椅"));

	private static final Map<String, String> PLACES = Map.of("hongheba", "鸿鹤坝化工厂宿舍%d栋", "jiefangqiao", "解放桥路%d号",
			"mozijing", "磨子井锅炉厂宿舍%d栋");

	private static final List<String> SURNAMES = List.of("张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "罗", "高", "林");

	private static final List<String> FORMS_OF_ADDRESS = List.of("阿姨", "师傅", "大爷", "女士", "先生", "婆婆");

	private DemoNeeds() {
	}

	static String title(Category category, Random random) {
		List<String> titles = TITLES.get(category);
		return titles.get(random.nextInt(titles.size()));
	}

	static String description(String title) {
		return "【演示数据】居民反映：" + title + "。";
	}

	static String reporter(Random random) {
		return SURNAMES.get(random.nextInt(SURNAMES.size())) + FORMS_OF_ADDRESS.get(random.nextInt(FORMS_OF_ADDRESS.size()));
	}

	/** Invented numbers in a block no real subscriber has in this data: 139 0000 xxxx. */
	static String phone(Random random) {
		return "1390000" + String.format("%04d", random.nextInt(10000));
	}

	static String address(String community, Random random) {
		return PLACES.get(community).formatted(1 + random.nextInt(30));
	}

}
