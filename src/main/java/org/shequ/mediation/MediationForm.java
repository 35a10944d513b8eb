package org.shequ.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.shequ.system.InvalidFormException;
import org.shequ.system.TaskForm;

/**
 * Reads and checks the mediation forms (现场调解, 街道调解) on the server: the parties, the findings, the
 * result and, for an agreement, its terms with both parties' consent.
 */
final class MediationForm {

	static final Pattern PHONE = Pattern.compile("^(\\+?86)?1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$");

	static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	/** Fields that the form may hide, and so may or may not have been submitted. */
	static final String[] OPTIONAL = { "agreementTerms", "payer", "amount", "payBy", "consentA", "consentB",
			"noAgreementReason", "referTo", "referralReason" };

	private final TaskForm form;

	private final DelegateTask task;

	private MediationForm(DelegateTask task) {
		this.task = task;
		this.form = TaskForm.of(task);
	}

	static MediationForm of(DelegateTask task) {
		return new MediationForm(task);
	}

	TaskForm fields() {
		return form;
	}

	Findings findings() {
		return new Findings(form.text("partyAName", "甲方姓名", 64), phone("partyAPhone", "甲方联系电话"),
				form.text("partyBName", "乙方姓名", 64), phone("partyBPhone", "乙方联系电话"),
				form.text("factsFound", "现场查明的事实", 4000), form.text("lossClaimed", "当事人主张的损失", 2000),
				form.text("lossFound", "核实的损失", 2000), form.text("proposal", "调解方案", 4000));
	}

	boolean agreed() {
		return MediationSession.AGREEMENT.equals(form.choice("mediationResult", "调解结果", MediationSession.AGREEMENT,
				MediationSession.NONE));
	}

	/** The terms of an agreement reached today; both parties must have consented. */
	AgreementTerms terms(LocalDate today, ZoneId zone) {
		String terms = form.text("agreementTerms", "协议内容", 4000);
		Payer payer = Payer.of(form.choice("payer", "金钱给付", "A", "B", "none")).orElseThrow();
		BigDecimal amount = payer.pays() ? amount() : null;
		LocalDate payBy = payBy(zone);
		if (payBy.isBefore(today)) {
			throw new InvalidFormException("履行期限不能早于今天");
		}
		if (!form.yesNo("consentA", "甲方是否同意") || !form.yesNo("consentB", "乙方是否同意")) {
			throw new InvalidFormException("调解协议须经双方当事人同意；有一方不同意的，请选择“未达成协议”");
		}
		return new AgreementTerms(terms, payer, amount, payBy);
	}

	private String phone(String name, String label) {
		String phone = form.text(name, label, 20);
		if (!PHONE.matcher(phone).matches()) {
			throw new InvalidFormException(label + "应为手机号或带区号的固定电话");
		}
		return phone;
	}

	private BigDecimal amount() {
		Object value = task.getVariable("amount");
		BigDecimal amount;
		try {
			amount = value instanceof Number || value instanceof String ? new BigDecimal(value.toString().strip())
					: null;
		}
		catch (NumberFormatException e) {
			amount = null;
		}
		if (amount == null) {
			throw new InvalidFormException("请填写金额（元）");
		}
		if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
			throw new InvalidFormException("金额应大于0且不超过1亿元；不涉及金钱给付的，请选择“不涉及金钱给付”");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidFormException("金额最多精确到分");
		}
		return amount.setScale(2);
	}

	private LocalDate payBy(ZoneId zone) {
		Object value = task.getVariable("payBy");
		if (value instanceof Date date) {
			return date.toInstant().atZone(zone).toLocalDate();
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException e) {
				throw new InvalidFormException("履行期限应为日期，例如 2026-12-05");
			}
		}
		throw new InvalidFormException("请填写履行期限");
	}

}
