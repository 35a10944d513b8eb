package org.shequ.audit;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentManager;

/**
 * Comments on tasks and process instances are not history events (the engine writes them directly),
 * so they are chained here, where the engine inserts them. Changing or deleting a comment goes to the
 * user operation log, which is chained as a history event.
 */
class AuditedCommentManager extends CommentManager {

	private final Supplier<AuditTrail> trail;

	AuditedCommentManager(Supplier<AuditTrail> trail) {
		this.trail = trail;
	}

	@Override
	public void insert(DbEntity entity) {
		super.insert(entity);
		if (entity instanceof CommentEntity comment) {
			trail.get().record(new AuditEvent("camunda:Comment:create", "ACT_HI_COMMENT", comment.getId(),
					SimpleProperties.of(comment)));
		}
	}

	static SessionFactory factory(Supplier<AuditTrail> trail) {
		return new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return CommentManager.class;
			}

			@Override
			public Session openSession() {
				return new AuditedCommentManager(trail);
			}
		};
	}

}
