package org.shequ.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.shequ.support.Api;
import org.shequ.support.ShequTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logins kept for a moment: right credentials once checked, never wrong ones. */
@ShequTest
class RecentLoginsTest {

	@Autowired
	IdentityService identity;

	@LocalServerPort
	int port;

	@Test
	void aRightLoginIsKeptWithTheUsersGroupsAndAWrongPasswordIsStillRefused() {
		RecentLogins.Login login = RecentLogins.SHARED.check("mzjgrid2", "demo", identity);

		assertThat(login.userId()).isEqualTo("mzjgrid2");
		assertThat(login.groups()).contains(Roles.CASEWORKER, "mozijing");
		assertThat(RecentLogins.SHARED.check("mzjgrid2", "demo", identity)).isSameAs(login);
		assertThat(RecentLogins.SHARED.check("mzjgrid2", "not-demo", identity)).isNull();
	}

	@Test
	void engineRestAndTheApiRefuseAWrongPasswordOfAUserWhoJustLoggedIn() {
		Api api = new Api(port);
		assertThat(api.get("/engine-rest/task/count", "mzjsup").status()).isEqualTo(200);

		Api.Response wrong = api.send(api.request("/engine-rest/task/count", null)
			.header("Authorization", Api.basic("mzjsup", "not-demo")).GET());
		Api.Response wrongOnApi = api.send(api.request("/api/tasks", null)
			.header("Authorization", Api.basic("mzjsup", "not-demo")).GET());

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrongOnApi.status()).isEqualTo(401);
	}

}
