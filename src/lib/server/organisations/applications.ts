import { messagesFor } from '../../i18n';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/client';
import type { ExhibitorStatus } from '../db/schema';
import { listOwnerEmails } from '../db/queries/accounts';
import { enqueueSearchDocument } from '../search/sync';
import { sendMail } from '../mail';
import { nowSeconds } from '../db/portable';
import { approveWithApplication } from './moderation';

/** An owner applies to exhibit. A rejected organisation may apply again; otherwise a no-op. */
export async function applyToExhibit(db: Db, organisationId: number): Promise<ExhibitorStatus> {
	return writeTransaction(db, async (trx) => {
		const current = await trx
			.selectFrom('exhibitor')
			.select('status')
			.where('organisation_id', '=', organisationId)
			.executeTakeFirst();
		if (current && current.status !== 'rejected') return current.status;
		if (current) {
			await trx
				.updateTable('exhibitor')
				.set({
					status: 'pending',
					applied_at: nowSeconds(trx),
					decided_at: null,
					decision_reason: null
				})
				.where('organisation_id', '=', organisationId)
				.execute();
		} else {
			await trx
				.insertInto('exhibitor')
				.values({ organisation_id: organisationId, status: 'pending' })
				.execute();
		}
		await enqueueSearchDocument(trx, 'organisation', organisationId, 'upsert');
		return 'pending';
	});
}

export interface ApplicationFilters {
	status?: ExhibitorStatus | null;
	kind?: string | null;
	sector?: string | null;
}

export function listApplications(db: Db, filters: ApplicationFilters, limit = 200) {
	let query = db
		.selectFrom('exhibitor')
		.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.select([
			'exhibitor.id',
			'exhibitor.status',
			'exhibitor.applied_at',
			'exhibitor.decided_at',
			'exhibitor.decision_reason',
			'organisation.id as organisationId',
			'organisation.name',
			'organisation.slug',
			'organisation.kind',
			'organisation.country'
		]);
	if (filters.status) query = query.where('exhibitor.status', '=', filters.status);
	if (filters.kind) query = query.where('organisation.kind', '=', filters.kind as never);
	if (filters.sector) {
		const sector = filters.sector;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('organisation_sector')
					.select('organisation_id')
					.whereRef('organisation_sector.organisation_id', '=', 'organisation.id')
					.where('organisation_sector.sector_key', '=', sector)
			)
		);
	}
	return query
		.orderBy('exhibitor.applied_at', 'desc')
		.orderBy('exhibitor.id', 'desc')
		.limit(limit)
		.execute();
}

export type Decision = 'approved' | 'rejected';

/**
 * Records an organiser's decision on applications: status, time and reason, one audit_log
 * row per application, in one transaction; then mails each organisation's owners.
 */
export async function decideApplications(
	db: Db,
	actorUserId: number,
	exhibitorIds: number[],
	decision: Decision,
	reason: string
): Promise<number> {
	const ids = [...new Set(exhibitorIds.filter((id) => Number.isSafeInteger(id) && id > 0))].slice(
		0,
		500
	);
	if (!ids.length) return 0;
	const decided = await writeTransaction(db, async (trx) => {
		const rows = await trx
			.selectFrom('exhibitor')
			.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
			.select([
				'exhibitor.id',
				'exhibitor.status',
				'organisation.id as organisationId',
				'organisation.name'
			])
			.where('exhibitor.id', 'in', ids)
			.execute();
		for (const row of rows) {
			await trx
				.updateTable('exhibitor')
				.set({
					status: decision,
					decided_at: nowSeconds(trx),
					decision_reason: reason || null
				})
				.where('id', '=', row.id)
				.execute();
			await trx
				.insertInto('audit_log')
				.values({
					actor_user_id: actorUserId,
					action: decision === 'approved' ? 'exhibitor.approve' : 'exhibitor.reject',
					target_type: 'exhibitor',
					target_id: String(row.id),
					detail: JSON.stringify({ organisationId: row.organisationId, from: row.status, reason })
				})
				.execute();
			await enqueueSearchDocument(trx, 'organisation', row.organisationId, 'upsert');
			if (decision === 'approved') await approveWithApplication(trx, row.organisationId);
		}
		return rows;
	});
	for (const row of decided) await mailDecision(db, row.organisationId, row.name, decision, reason);
	return decided.length;
}

async function mailDecision(
	db: Db,
	organisationId: number,
	name: string,
	decision: Decision,
	reason: string
) {
	for (const owner of await listOwnerEmails(db, organisationId)) {
		const t = messagesFor(owner.locale).organisation.decision;
		const approved = decision === 'approved';
		await sendMail(db, {
			to: owner.email,
			subject: approved ? t.approvedSubject(name) : t.rejectedSubject(name),
			text: approved ? t.approvedBody(name) : t.rejectedBody(name, reason)
		});
	}
}
