package org.shequ.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Replaces Spring Boot's JPA transaction manager with one that keeps every change in the audit chain. */
@Configuration(proxyBeanMethods = false)
class AuditedTransactionsConfig {

	@Bean
	PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		AuditedTransactionManager transactions = new AuditedTransactionManager();
		customizers.ifAvailable(all -> all.customize(transactions));
		return transactions;
	}

}
