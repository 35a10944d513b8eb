package org.shequ.system;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * What keeps garbage out before a controller runs: strict UTF-8 JSON bodies of bounded size, no
 * control characters in any text of any body, and problem+json even for what Tomcat refuses itself.
 * (Strict JSON syntax — no trailing tokens, no duplicate keys, no unknown fields — is set in
 * application.yaml.)
 */
@Configuration
class HostileInputConfig {

	@Bean
	Module printableText() {
		return new SimpleModule("shequ-printable-text").addDeserializer(String.class, new PrintableText());
	}

	@Bean
	FilterRegistrationBean<StrictJsonBodyFilter> strictJsonBody(ObjectMapper json) {
		FilterRegistrationBean<StrictJsonBodyFilter> registration = new FilterRegistrationBean<>(
				new StrictJsonBodyFilter(json));
		registration.addUrlPatterns("/api/*");
		registration.setName("shequ-strict-json-body");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	/** Runs after Spring Boot's own Tomcat customizer, which installs the plain error report valve. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers(context -> {
					Host host = (Host) context.getParent();
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					((StandardHost) host).setErrorReportValveClass(ProblemReportValve.class.getName());
					host.getPipeline().addValve(new ProblemReportValve());
				});
			}

		};
	}

}
