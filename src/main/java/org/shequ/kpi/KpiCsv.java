package org.shequ.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A KPI report as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads the Chinese
 * headers as another encoding), one row per group and a 合计 row; rates in per cent, empty where absent.
 */
final class KpiCsv {

	static final String BOM = "\uFEFF";

	private record Column(String header, Function<KpiFigures, Object> value) {
	}

	private static final List<Column> COLUMNS = List.of(new Column("分组", KpiFigures::label),
			new Column("受理数", KpiFigures::received), new Column("办结数", KpiFigures::resolved),
			new Column("结案数", KpiFigures::closed), new Column("重办数", KpiFigures::reopened),
			new Column("重办率(%)", f -> percent(f.reopenRate())), new Column("回访接通数", KpiFigures::callbacksReached),
			new Column("办结未回访数", KpiFigures::resolvedWithoutCallback),
			new Column("响应率(%)", f -> percent(f.responseRate())), new Column("解决率(%)", f -> percent(f.resolutionRate())),
			new Column("满意率(%)", f -> percent(f.satisfactionRate())),
			new Column("按时响应率(%)", f -> percent(f.onTimeResponseRate())),
			new Column("按时办结率(%)", f -> percent(f.onTimeResolutionRate())),
			new Column("响应时长中位数(小时)", f -> f.responseHours().median()),
			new Column("响应时长P90(小时)", f -> f.responseHours().p90()),
			new Column("办结时长中位数(天)", f -> f.resolutionDays().median()),
			new Column("办结时长P90(天)", f -> f.resolutionDays().p90()),
			new Column("办结时长中位数(工作日)", f -> f.resolutionWorkingDays().median()),
			new Column("办结时长P90(工作日)", f -> f.resolutionWorkingDays().p90()),
			new Column("已超时未办结", KpiFigures::openPastDeadline), new Column("24小时内到期", KpiFigures::openDueWithin24h));

	private KpiCsv() {
	}

	static String write(KpiReport report) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, COLUMNS.stream().map(c -> (Object) c.header()).toList());
		List<KpiFigures> rows = new ArrayList<>(report.groups());
		rows.add(report.total());
		for (KpiFigures figures : rows) {
			line(csv, COLUMNS.stream().map(c -> c.value().apply(figures)).toList());
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<Object> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(values.get(i)));
		}
		csv.append("\r\n");
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof Double number ? format(number) : value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			// a name starting like a formula stays text in Excel
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static Double percent(Double rate) {
		return rate == null ? null : Math.round(rate * 1000) / 10.0;
	}

	private static String format(double number) {
		return number == Math.rint(number) ? String.format(Locale.ROOT, "%.0f", number)
				: String.format(Locale.ROOT, "%s", number);
	}

}
