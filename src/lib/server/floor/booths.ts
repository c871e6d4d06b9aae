import {
	BOOTH_CODE,
	checkPlacement,
	nextBoothNumber,
	boothCode,
	roundCm,
	type BoothShape
} from '../../domain/floor';
import { writeTransaction, type Db } from '../db/client';
import type { BoothStatus, Hall } from '../db/schema';
import * as q from '../db/queries/floor';
import { recordAudit } from './audit';
import { refuse } from './errors';
import { assignWaitingExhibitors, enqueueOrganisation, moveOrReleaseExhibitor } from './assignment';

export const BOOTH_STATUSES: readonly BoothStatus[] = ['free', 'reserved', 'assigned', 'blocked'];
export const BOOTH_CATEGORIES = ['standard', 'premium', 'island', 'corner', 'startup'] as const;

export interface BoothInput {
	code?: string;
	x: number;
	y: number;
	width: number;
	depth: number;
	category?: string;
	status?: BoothStatus;
}

type Trx = Db;

export async function shapesOfHall(trx: Trx, hallId: number): Promise<BoothShape[]> {
	const rows = await q.listBoothShapesOfHall(trx, hallId);
	return rows.map((b) => ({
		code: b.code,
		x: b.x_m,
		y: b.y_m,
		width: b.width_m,
		depth: b.depth_m
	}));
}

async function requireHall(trx: Trx, code: string): Promise<Hall> {
	return (await q.findHallByCode(trx, code)) ?? refuse({ kind: 'hall-not-found', hall: code });
}

function shapeOf(code: string, input: BoothInput): BoothShape {
	return {
		code,
		x: roundCm(input.x),
		y: roundCm(input.y),
		width: roundCm(input.width),
		depth: roundCm(input.depth)
	};
}

async function checkShape(trx: Trx, hall: Hall, shape: BoothShape, ignore?: string) {
	const others = (await shapesOfHall(trx, hall.id)).filter((b) => b.code !== ignore);
	const problem = checkPlacement(shape, { width: hall.width_m, depth: hall.depth_m }, others);
	if (problem) refuse(problem);
}

/** Adds one booth; without a code it takes the hall's next number (`P1-121`). */
export async function addBooth(
	db: Db,
	actorId: number | null,
	hallCode: string,
	input: BoothInput
) {
	return writeTransaction(db, async (trx) => {
		const hall = await requireHall(trx, hallCode);
		const codes = (await q.listAllBoothCodes(trx)).map((b) => b.code);
		const code = input.code?.trim() || boothCode(hall.code, nextBoothNumber(hall.code, codes));
		if (codes.includes(code)) refuse({ kind: 'code-taken', booth: code });
		const shape = shapeOf(code, input);
		await checkShape(trx, hall, shape);
		const status = input.status === 'assigned' ? 'free' : (input.status ?? 'free');
		const booth = await q.insertBooth(trx, {
			hall_id: hall.id,
			code,
			x_m: shape.x,
			y_m: shape.y,
			width_m: shape.width,
			depth_m: shape.depth,
			status,
			category: input.category || 'standard'
		});
		await recordAudit(trx, {
			actorId,
			action: 'booth.create',
			targetType: 'booth',
			targetId: code,
			detail: { hall: hall.code, ...shape, status, category: booth.category }
		});
		await assignWaitingExhibitors(trx, actorId);
		return booth;
	});
}

/** Moves, resizes, renames or re-flags a booth; refused as a whole when the result is invalid. */
export async function updateBooth(db: Db, actorId: number | null, code: string, input: BoothInput) {
	return writeTransaction(db, async (trx) => {
		const booth =
			(await q.findBoothByCode(trx, code)) ?? refuse({ kind: 'booth-not-found', booth: code });
		const hall = (await q.findHallById(trx, booth.hall_id))!;
		const newCode = input.code?.trim() || code;
		if (newCode !== code && !BOOTH_CODE.test(newCode)) refuse({ kind: 'bad-code', booth: newCode });
		if (newCode !== code && (await q.findBoothByCode(trx, newCode))) {
			refuse({ kind: 'code-taken', booth: newCode });
		}
		const shape = shapeOf(newCode, input);
		await checkShape(trx, hall, shape, code);
		const occupant = await q.findExhibitorByBooth(trx, booth.id);
		const status = nextStatus(booth.status, input.status, occupant !== undefined);
		const changes = {
			code: newCode,
			x_m: shape.x,
			y_m: shape.y,
			width_m: shape.width,
			depth_m: shape.depth,
			status,
			category: input.category || booth.category
		};
		await q.updateBooth(trx, booth.id, changes);
		if (occupant && newCode !== code) {
			await enqueueOrganisation(trx, occupant.organisation_id);
		}
		await recordAudit(trx, {
			actorId,
			action: 'booth.update',
			targetType: 'booth',
			targetId: newCode,
			detail: {
				before: { code, x: booth.x_m, y: booth.y_m, width: booth.width_m, depth: booth.depth_m },
				after: changes
			}
		});
		await assignWaitingExhibitors(trx, actorId);
	});
}

/** The status of an occupied booth follows its exhibitor; only empty booths are re-flagged. */
function nextStatus(
	current: BoothStatus,
	wanted: BoothStatus | undefined,
	occupied: boolean
): BoothStatus {
	if (occupied) return 'assigned';
	if (wanted && wanted !== 'assigned') return wanted;
	return current === 'assigned' ? 'free' : current;
}

export interface RemoveOptions {
	/** Where the booth's exhibitor goes; required when the booth is occupied, unless `unassign`. */
	moveTo?: string;
	unassign?: boolean;
}

export async function removeBooth(
	db: Db,
	actorId: number | null,
	code: string,
	options: RemoveOptions = {}
) {
	return writeTransaction(db, async (trx) => {
		const booth =
			(await q.findBoothByCode(trx, code)) ?? refuse({ kind: 'booth-not-found', booth: code });
		const occupant = await q.findExhibitorByBooth(trx, booth.id);
		if (occupant) {
			await moveOrReleaseExhibitor(trx, actorId, occupant, code, options);
		}
		await q.deleteBooth(trx, booth.id);
		await recordAudit(trx, {
			actorId,
			action: 'booth.delete',
			targetType: 'booth',
			targetId: code,
			detail: {
				exhibitor: occupant?.slug ?? null,
				movedTo: occupant ? (options.moveTo ?? null) : null
			}
		});
	});
}
