package org.shequ.kpi;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.shequ.security.PageGuard;
import org.shequ.security.Roles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The supervisor dashboard: {@code /dashboard/}, static files under {@code static/dashboard} and the
 * charting library, for secretaries, auditors (reading, as everyone here) and the administrator. Which
 * communities each sees is the API's business ({@link KpiParameters}).
 */
@Configuration
class DashboardWebConfig implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<PageGuard> dashboardPageGuard(IdentityService identity) {
		return new PageGuard(identity,
				Set.of(Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN), Set.of(),
				"the dashboard is for community secretaries, auditors and the administrator")
			.over("shequ-dashboard-page-guard", "/dashboard", "/dashboard/*", "/webjars/echarts/*");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/dashboard", "/dashboard/");
		registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
	}

}
