package org.shequ.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.shequ.community.CommunityRepository;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Nothing is anonymous but the health check and the webapps' login pages: {@code /api/*} and
 * {@code /engine-rest/*} take HTTP Basic credentials of a Camunda user; the webapps use their own
 * session login.
 */
@Configuration
class SecurityConfig implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity,
			CommunityRepository communities, ObjectMapper json) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(identity, communities, json));
		registration.addUrlPatterns("/api/*");
		registration.setName("shequ-api-authentication");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				RecentLoginsAuthenticationProvider.class.getName());
		registration.setName("engine-rest-authentication");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SetupPageGuard> setupPageGuard(ObjectMapper json) {
		FilterRegistrationBean<SetupPageGuard> registration = new FilterRegistrationBean<>(new SetupPageGuard(json));
		registration.addUrlPatterns("/camunda/api/admin/setup/*");
		registration.setName("shequ-setup-page-guard");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** The login page of Shequ's own pages (static/login), open to anyone: it shows nothing. */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/login", WebappLogin.PAGE);
		registry.addViewController(WebappLogin.PAGE).setViewName("forward:/login/index.html");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserResolver());
	}

}
