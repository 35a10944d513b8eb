package org.shequ.kpi;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.shequ.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** The supervisor's KPIs (docs/kpi.md): as JSON, as CSV, and the cases at risk now. */
@RestController
@RequestMapping("/api/kpi")
class KpiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final KpiParameters parameters;

	private final KpiService kpis;

	private final AtRiskCases atRisk;

	KpiController(KpiParameters parameters, KpiService kpis, AtRiskCases atRisk) {
		this.parameters = parameters;
		this.kpis = kpis;
		this.atRisk = atRisk;
	}

	@GetMapping
	KpiReport report(HttpServletRequest request, CurrentUser user) {
		return kpis.report(parameters.check(request.getParameterMap(), user));
	}

	@GetMapping("/export")
	ResponseEntity<String> export(HttpServletRequest request, CurrentUser user) {
		KpiReport report = kpis.report(parameters.check(request.getParameterMap(), user));
		String name = "kpi-" + report.scope().from() + "-" + report.scope().to() + "-" + report.scope().groupBy() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(KpiCsv.write(report));
	}

	/** Takes the same parameters; the period and grouping do not apply to what is at risk now. */
	@GetMapping("/at-risk")
	List<AtRiskCase> atRisk(HttpServletRequest request, CurrentUser user) {
		return atRisk.list(parameters.check(request.getParameterMap(), user));
	}

}
