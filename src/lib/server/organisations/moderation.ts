import type { Db } from '../db/client';
import { writeTransaction } from '../db/client';
import type { ModerationStatus } from '../db/schema';
import { recordAudit } from '../floor/audit';
import { enqueueSearchDocument } from '../search/sync';

/**
 * Moderation (docs/security.md): a self-registered organisation, and its innovations, are
 * public only once an organiser approves it; a later change to the name, website or logo of
 * an approved organisation waits in a pending revision (one per organisation) while the
 * public keeps the approved version. Decisions are audited and re-index the organisation.
 */

export interface ReviewedFields {
	name: string;
	website: string | null;
	logo: string | null;
}

export function findPendingRevision(db: Db, organisationId: number) {
	return db
		.selectFrom('organisation_revision')
		.selectAll()
		.where('organisation_id', '=', organisationId)
		.where('status', '=', 'pending')
		.executeTakeFirst();
}

/**
 * Records proposed values for the reviewed fields of an approved organisation. Returns the
 * logo file the replaced proposal pointed at when nothing else uses it (the caller deletes it).
 */
export async function proposeRevision(
	trx: Db,
	organisationId: number,
	userId: number | null,
	proposed: ReviewedFields,
	current: ReviewedFields
): Promise<string | null> {
	const pending = await findPendingRevision(trx, organisationId);
	const unchanged =
		proposed.name === current.name &&
		proposed.website === current.website &&
		proposed.logo === current.logo;
	const orphan =
		pending?.logo && pending.logo !== current.logo && pending.logo !== proposed.logo
			? pending.logo
			: null;
	if (pending) {
		if (unchanged) {
			await trx.deleteFrom('organisation_revision').where('id', '=', pending.id).execute();
		} else {
			await trx
				.updateTable('organisation_revision')
				.set({ ...proposed, submitted_by: userId })
				.where('id', '=', pending.id)
				.execute();
		}
	} else if (!unchanged) {
		await trx
			.insertInto('organisation_revision')
			.values({ organisation_id: organisationId, ...proposed, submitted_by: userId })
			.execute();
	}
	return orphan;
}

export async function listModerationQueue(db: Db) {
	const [organisations, revisions] = await Promise.all([
		db
			.selectFrom('organisation as o')
			.select((eb) => [
				'o.id',
				'o.slug',
				'o.name',
				'o.kind',
				'o.country',
				'o.website',
				'o.description_es',
				'o.created_at',
				eb
					.selectFrom('innovation')
					.select(eb.fn.countAll<number>().as('n'))
					.whereRef('innovation.organisation_id', '=', 'o.id')
					.as('innovations')
			])
			.where('o.moderation', '=', 'pending')
			.orderBy('o.created_at')
			.orderBy('o.id')
			.limit(200)
			.execute(),
		db
			.selectFrom('organisation_revision as r')
			.innerJoin('organisation as o', 'o.id', 'r.organisation_id')
			.select([
				'r.id',
				'r.name',
				'r.website',
				'r.logo',
				'r.created_at',
				'o.id as organisationId',
				'o.slug',
				'o.name as currentName',
				'o.website as currentWebsite',
				'o.logo as currentLogo'
			])
			.where('r.status', '=', 'pending')
			.orderBy('r.created_at')
			.orderBy('r.id')
			.limit(200)
			.execute()
	]);
	return {
		organisations: organisations.map((o) => ({ ...o, innovations: Number(o.innovations) })),
		revisions
	};
}

async function reindexOrganisation(trx: Db, organisationId: number) {
	await enqueueSearchDocument(trx, 'organisation', organisationId, 'upsert');
	const innovations = await trx
		.selectFrom('innovation')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.execute();
	for (const i of innovations) await enqueueSearchDocument(trx, 'innovation', i.id, 'upsert');
}

/** Publishes (or keeps back) a new organisation and its innovations. False when not pending. */
export async function decideOrganisation(
	db: Db,
	actorId: number,
	organisationId: number,
	decision: Exclude<ModerationStatus, 'pending'>
): Promise<boolean> {
	return writeTransaction(db, async (trx) => {
		const result = await trx
			.updateTable('organisation')
			.set({ moderation: decision })
			.where('id', '=', organisationId)
			.where('moderation', '=', 'pending')
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) return false;
		await recordAudit(trx, {
			actorId,
			action: decision === 'approved' ? 'organisation.approve' : 'organisation.reject',
			targetType: 'organisation',
			targetId: organisationId
		});
		await reindexOrganisation(trx, organisationId);
		return true;
	});
}

/**
 * Approving an exhibitor application also publishes its organisation, in the same
 * transaction; the application's own audit row (exhibitor.approve) records the decision.
 */
export async function approveWithApplication(trx: Db, organisationId: number) {
	const result = await trx
		.updateTable('organisation')
		.set({ moderation: 'approved' })
		.where('id', '=', organisationId)
		.where('moderation', '<>', 'approved')
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 1) await reindexOrganisation(trx, organisationId);
}

/**
 * Applies or drops a pending revision. Returns whether it was pending, and the logo file that
 * no longer belongs to anything (the replaced public logo, or the rejected proposal).
 */
export async function decideRevision(
	db: Db,
	actorId: number,
	revisionId: number,
	decision: Exclude<ModerationStatus, 'pending'>,
	now = Date.now()
): Promise<{ decided: boolean; unusedLogo: string | null }> {
	return writeTransaction(db, async (trx) => {
		const revision = await trx
			.selectFrom('organisation_revision as r')
			.innerJoin('organisation as o', 'o.id', 'r.organisation_id')
			.select(['r.id', 'r.organisation_id', 'r.name', 'r.website', 'r.logo', 'o.logo as current'])
			.where('r.id', '=', revisionId)
			.where('r.status', '=', 'pending')
			.executeTakeFirst();
		if (!revision) return { decided: false, unusedLogo: null };
		await trx
			.updateTable('organisation_revision')
			.set({ status: decision, decided_by: actorId, decided_at: Math.floor(now / 1000) })
			.where('id', '=', revision.id)
			.execute();
		if (decision === 'approved') {
			await trx
				.updateTable('organisation')
				.set({
					name: revision.name,
					website: revision.website,
					logo: revision.logo,
					updated_at: Math.floor(now / 1000)
				})
				.where('id', '=', revision.organisation_id)
				.execute();
			await reindexOrganisation(trx, revision.organisation_id);
		}
		await recordAudit(trx, {
			actorId,
			action: decision === 'approved' ? 'revision.approve' : 'revision.reject',
			targetType: 'organisation',
			targetId: revision.organisation_id,
			detail: { revisionId: revision.id, name: revision.name, website: revision.website }
		});
		const unusedLogo =
			revision.logo === revision.current
				? null
				: decision === 'approved'
					? revision.current
					: revision.logo;
		return { decided: true, unusedLogo };
	});
}
