package org.shequ.audit;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.shequ.security.PageGuard;
import org.shequ.security.Roles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The auditor's page: {@code /audit/}, static files under {@code static/audit}, for auditors only. */
@Configuration
class AuditWebConfig implements WebMvcConfigurer {

	/** Where the auditor's login page was before the login page was shared; kept for bookmarks. */
	static final String OLD_LOGIN = "/audit/login.html";

	@Bean
	FilterRegistrationBean<PageGuard> auditorPageGuard(IdentityService identity) {
		FilterRegistrationBean<PageGuard> registration = new FilterRegistrationBean<>(new PageGuard(identity,
				Set.of(Roles.AUDITOR), Set.of(OLD_LOGIN), "only auditors (审计·纪检) may open the audit page"));
		registration.addUrlPatterns("/audit", "/audit/*", "/webjars/bpmn-js/*");
		registration.setName("shequ-auditor-page-guard");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/audit", "/audit/");
		registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
		registry.addRedirectViewController(OLD_LOGIN, "/login/?next=/audit/");
	}

}
