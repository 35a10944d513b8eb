package org.shequ.audit;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The auditor's page: {@code /audit/}, static files under {@code static/audit}, guarded. */
@Configuration
class AuditWebConfig implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<AuditorPageGuard> auditorPageGuard(IdentityService identity) {
		FilterRegistrationBean<AuditorPageGuard> registration = new FilterRegistrationBean<>(new AuditorPageGuard(identity));
		registration.addUrlPatterns("/audit", "/audit/*", "/webjars/bpmn-js/*");
		registration.setName("shequ-auditor-page-guard");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/audit", "/audit/");
		registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
	}

}
