package org.shequ.demo;

import java.util.List;

import org.shequ.asset.Asset;
import org.shequ.asset.AssetRepository;
import org.shequ.asset.AssetType;
import org.shequ.asset.OwnerKind;
import org.shequ.system.ShequClock;
import org.shequ.system.ShequProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few entries of the owner registry for each community, seeded once when {@code shequ.demo=true},
 * before the demo cases are filed. Units, companies and numbers are invented.
 */
@Component
@Order(15)
class DemoAssets implements ApplicationRunner {

	static final String SEEDED_BY = "demo";

	private final ShequProperties properties;

	private final AssetRepository assets;

	private final ShequClock clock;

	DemoAssets(ShequProperties properties, AssetRepository assets, ShequClock clock) {
		this.properties = properties;
		this.assets = assets;
		this.clock = clock;
	}

	record Entry(String community, Asset.Details details) {
	}

	static final List<Entry> ENTRIES = List.of(
			entry("hongheba", "化工厂宿舍片区路灯", AssetType.STREET_LIGHTS, "化工厂宿舍1栋至8栋之间道路", OwnerKind.OWNER_UNIT,
					"鸿鹤化工厂后勤处", "0813-5100001", null),
			entry("hongheba", "鸿鹤路路灯", AssetType.STREET_LIGHTS, "鸿鹤路坝上街口至化工厂大门", OwnerKind.MUNICIPAL,
					"区住房和城乡建设局（城建）", "0813-5100002", null),
			entry("hongheba", "化工厂宿舍3栋", AssetType.BUILDING, "鸿鹤坝化工厂宿舍3栋", OwnerKind.OWNER_UNIT, "鸿鹤化工厂后勤处",
					"0813-5100001", null),
			entry("hongheba", "鸿鹤坝社区活动中心", AssetType.BUILDING, "鸿鹤坝社区居委会院内", OwnerKind.COMMUNITY, "鸿鹤坝社区", null,
					null),
			entry("jiefangqiao", "电业局宿舍院落", AssetType.COMPOUND, "解放桥路电业局宿舍（含院内花坛、步道）", OwnerKind.OWNER_UNIT,
					"市电业局后勤科", "0813-5200001", "安居物业服务有限公司"),
			entry("jiefangqiao", "解放桥路（桥头至农贸市场段）", AssetType.ROAD, "解放桥路桥头至农贸市场", OwnerKind.MUNICIPAL,
					"区住房和城乡建设局（城建）", "0813-5100002", null),
			entry("jiefangqiao", "解放桥路18号商住楼", AssetType.BUILDING, "解放桥路18号", OwnerKind.PROPERTY, "恒信物业服务有限公司",
					"0813-5200002", null),
			entry("mozijing", "锅炉厂宿舍片区路灯", AssetType.STREET_LIGHTS, "锅炉厂宿舍区主干道", OwnerKind.OWNER_UNIT,
					"锅炉厂后勤服务公司", "0813-5300001", null),
			entry("mozijing", "锅炉厂宿舍院落", AssetType.COMPOUND, "磨子井锅炉厂宿舍区", OwnerKind.OWNER_UNIT, "锅炉厂后勤服务公司",
					"0813-5300001", "磨子井物业管理站"),
			entry("mozijing", "磨子井老年活动室", AssetType.BUILDING, "磨子井社区居委会一楼", OwnerKind.COMMUNITY, "磨子井社区", null,
					null));

	private static Entry entry(String community, String name, AssetType type, String location, OwnerKind ownerKind,
			String ownerName, String ownerPhone, String managerName) {
		return new Entry(community, new Asset.Details(name, type, location, ownerKind, ownerName, null, ownerPhone,
				managerName, null));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo()) {
			return;
		}
		for (String community : ENTRIES.stream().map(Entry::community).distinct().toList()) {
			if (!assets.findByCommunityIdAndRetiredFalseOrderByNameAsc(community).isEmpty()) {
				continue;
			}
			ENTRIES.stream()
				.filter(e -> e.community().equals(community))
				.forEach(e -> assets.save(new Asset(community, e.details(), SEEDED_BY, clock.now())));
		}
	}

}
