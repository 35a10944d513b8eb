package org.shequ.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.shequ.system.ShequProperties;

class ProductionSafetyTest {

	@Test
	void withoutDemoDataTheDemoAdminPasswordStopsTheStart() {
		assertThatThrownBy(() -> new ProductionSafety(properties(false, "demo")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SHEQU_ADMIN_PASSWORD");
		assertThatThrownBy(() -> new ProductionSafety(properties(false, " "))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRealPasswordOrTheDemoStarts() {
		assertThatCode(() -> new ProductionSafety(properties(false, "a-real-secret-2026"))).doesNotThrowAnyException();
		assertThatCode(() -> new ProductionSafety(properties(true, "demo"))).doesNotThrowAnyException();
	}

	private static ShequProperties properties(boolean demo, String password) {
		return new ShequProperties(demo, ZoneId.of("Asia/Shanghai"), password, Duration.ofDays(3), Duration.ofDays(1), 3);
	}

}
