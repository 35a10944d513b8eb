package org.shequ.audit;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Flushes JPA before the commit's synchronizations run. Hibernate otherwise writes a change made only
 * by dirty checking (an entity modified without a save) during the commit itself, after the audit trail
 * has chained the transaction's entries, and that change would be missing from the chain.
 */
class AuditedTransactionManager extends JpaTransactionManager {

	@Override
	protected void prepareForCommit(DefaultTransactionStatus status) {
		super.prepareForCommit(status);
		if (status.isNewTransaction() && !status.isReadOnly()
				&& TransactionSynchronizationManager.getResource(obtainEntityManagerFactory()) instanceof EntityManagerHolder holder
				&& holder.getEntityManager().isJoinedToTransaction()) {
			holder.getEntityManager().flush();
		}
	}

}
