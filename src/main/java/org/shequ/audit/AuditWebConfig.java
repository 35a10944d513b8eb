package org.shequ.audit;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.shequ.security.PageGuard;
import org.shequ.security.Roles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The auditor's page: {@code /audit/}, static files under {@code static/audit}, for auditors only. */
@Configuration
class AuditWebConfig implements WebMvcConfigurer {

	/** Where the auditor's login page was before the login page was shared; kept for bookmarks. */
	static final String OLD_LOGIN = "/audit/login.html";

	@Bean
	FilterRegistrationBean<PageGuard> auditorPageGuard(IdentityService identity) {
		return new PageGuard(identity,
				Set.of(Roles.AUDITOR), Set.of(OLD_LOGIN), "only auditors (审计·纪检) may open the audit page")
			.over("shequ-auditor-page-guard", "/audit", "/audit/*", "/webjars/bpmn-js/*");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/audit", "/audit/");
		registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
		registry.addRedirectViewController(OLD_LOGIN, "/login/?next=/audit/");
	}

}
