import { writeTransaction, type Db } from '../db/client';
import * as q from '../db/queries/floor';
import { enqueueSearchDocument } from '../search/sync';
import { recordAudit } from './audit';
import { refuse } from './errors';

/** Search hits carry the booth code, so every booth change re-indexes its organisation. */
export function enqueueOrganisation(trx: Db, organisationId: number) {
	return enqueueSearchDocument(trx, 'organisation', organisationId);
}

async function requireFreeTarget(trx: Db, code: string, exhibitorId: number) {
	const booth =
		(await q.findBoothByCode(trx, code)) ?? refuse({ kind: 'booth-not-found', booth: code });
	if (booth.status === 'blocked') refuse({ kind: 'booth-blocked', booth: code });
	const occupant = await q.findExhibitorByBooth(trx, booth.id);
	if (occupant && occupant.id !== exhibitorId) {
		refuse({ kind: 'target-occupied', booth: code, exhibitor: occupant.name });
	}
	return booth;
}

/**
 * Places an approved exhibitor on a booth. A booth holds one exhibitor; an exhibitor that
 * already has a booth moves, and its old booth becomes free.
 */
export async function assignExhibitor(
	db: Db,
	actorId: number | null,
	exhibitorId: number,
	boothCode: string
) {
	return writeTransaction(db, async (trx) => {
		const exhibitor =
			(await q.findExhibitorById(trx, exhibitorId)) ?? refuse({ kind: 'exhibitor-not-found' });
		if (exhibitor.status !== 'approved') {
			refuse({ kind: 'exhibitor-not-approved', exhibitor: exhibitor.name });
		}
		const target = await requireFreeTarget(trx, boothCode, exhibitor.id);
		if (exhibitor.booth_id === target.id) return;
		if (exhibitor.booth_id !== null) await q.updateBoothStatus(trx, exhibitor.booth_id, 'free');
		await q.updateExhibitorBooth(trx, exhibitor.id, target.id);
		await q.updateBoothStatus(trx, target.id, 'assigned');
		await enqueueOrganisation(trx, exhibitor.organisation_id);
		await recordAudit(trx, {
			actorId,
			action: exhibitor.booth_id === null ? 'booth.assign' : 'booth.reassign',
			targetType: 'exhibitor',
			targetId: exhibitor.slug,
			detail: { from: exhibitor.boothCode ?? null, to: boothCode }
		});
	});
}

/** Takes an exhibitor off its booth, which becomes free. */
export async function unassignExhibitor(db: Db, actorId: number | null, exhibitorId: number) {
	return writeTransaction(db, async (trx) => {
		const exhibitor =
			(await q.findExhibitorById(trx, exhibitorId)) ?? refuse({ kind: 'exhibitor-not-found' });
		if (exhibitor.booth_id === null) return;
		await q.updateExhibitorBooth(trx, exhibitor.id, null);
		await q.updateBoothStatus(trx, exhibitor.booth_id, 'free');
		await enqueueOrganisation(trx, exhibitor.organisation_id);
		await recordAudit(trx, {
			actorId,
			action: 'booth.unassign',
			targetType: 'exhibitor',
			targetId: exhibitor.slug,
			detail: { from: exhibitor.boothCode }
		});
	});
}

interface Occupant {
	id: number;
	organisation_id: number;
	name: string;
	slug: string;
}

/** Before a booth is removed: its exhibitor moves to `moveTo`, or leaves only when asked to. */
export async function moveOrReleaseExhibitor(
	trx: Db,
	actorId: number | null,
	occupant: Occupant,
	fromCode: string,
	options: { moveTo?: string; unassign?: boolean }
) {
	const moveTo = options.moveTo?.trim();
	if (!moveTo && !options.unassign) {
		refuse({ kind: 'target-required', booth: fromCode, exhibitor: occupant.name });
	}
	let to: string | null = null;
	if (moveTo) {
		if (moveTo === fromCode)
			refuse({ kind: 'target-required', booth: fromCode, exhibitor: occupant.name });
		const target = await requireFreeTarget(trx, moveTo, occupant.id);
		await q.updateExhibitorBooth(trx, occupant.id, target.id);
		await q.updateBoothStatus(trx, target.id, 'assigned');
		to = target.code;
	} else {
		await q.updateExhibitorBooth(trx, occupant.id, null);
	}
	await enqueueOrganisation(trx, occupant.organisation_id);
	await recordAudit(trx, {
		actorId,
		action: to ? 'booth.reassign' : 'booth.unassign',
		targetType: 'exhibitor',
		targetId: occupant.slug,
		detail: { from: fromCode, to, reason: 'booth removed' }
	});
}

/**
 * Exhibitors imported with a booth code that the plan did not have yet take their booth as soon
 * as a free booth with that code exists. Called in the transaction that draws or renames booths.
 */
export async function assignWaitingExhibitors(trx: Db, actorId: number | null): Promise<number> {
	const waiting = await q.listExhibitorsWaitingForDrawnBooths(trx);
	for (const w of waiting) {
		await q.updateExhibitorBooth(trx, w.id, w.boothId);
		await q.updateExhibitorRequestedBooth(trx, w.id, null);
		await q.updateBoothStatus(trx, w.boothId, 'assigned');
		await enqueueOrganisation(trx, w.organisation_id);
		await recordAudit(trx, {
			actorId,
			action: 'booth.assign',
			targetType: 'exhibitor',
			targetId: w.slug,
			detail: { from: null, to: w.boothCode, reason: 'requested booth drawn' }
		});
	}
	return waiting.length;
}
