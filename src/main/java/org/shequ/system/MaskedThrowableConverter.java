package org.shequ.system;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import ch.qos.logback.classic.spi.IThrowableProxy;

/** Stack traces in the log with every phone number masked (exception messages carry input). */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return PersonalData.maskPhones(super.throwableProxyToString(proxy));
	}

}
