import type { Db } from '../db/client';

export interface AuditEntry {
	actorId: number | null;
	action: string;
	targetType: string;
	targetId: string | number;
	detail?: Record<string, unknown>;
}

/** One row per organiser change; written inside the change's own transaction. */
export function recordAudit(db: Db, entry: AuditEntry) {
	return db
		.insertInto('audit_log')
		.values({
			actor_user_id: entry.actorId,
			action: entry.action,
			target_type: entry.targetType,
			target_id: String(entry.targetId),
			detail: JSON.stringify(entry.detail ?? {})
		})
		.execute();
}
