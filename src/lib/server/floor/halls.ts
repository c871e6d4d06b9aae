import { insideHall, MAX_HALL_M, MIN_BOOTH_M } from '../../domain/floor';
import { writeTransaction, type Db } from '../db/client';
import * as q from '../db/queries/floor';
import { recordAudit } from './audit';
import { refuse } from './errors';

export const HALL_CODE = /^[A-Z0-9]{1,6}$/;

export interface HallInput {
	code: string;
	name_es: string;
	name_en: string;
	width: number;
	depth: number;
}

function checkHallInput(input: HallInput): void {
	if (!HALL_CODE.test(input.code)) refuse({ kind: 'hall-bad-code', hall: input.code });
	const sizeOk = (v: number) => Number.isFinite(v) && v >= MIN_BOOTH_M && v <= MAX_HALL_M;
	if (!sizeOk(input.width) || !sizeOk(input.depth))
		refuse({ kind: 'hall-bad-size', hall: input.code });
}

export async function createHall(db: Db, actorId: number | null, input: HallInput) {
	checkHallInput(input);
	return writeTransaction(db, async (trx) => {
		if (await q.findHallByCode(trx, input.code))
			refuse({ kind: 'hall-code-taken', hall: input.code });
		const halls = await q.listHalls(trx);
		const hall = await q.insertHall(trx, {
			code: input.code,
			name_es: input.name_es || input.code,
			name_en: input.name_en || input.name_es || input.code,
			width_m: input.width,
			depth_m: input.depth,
			position: halls.length + 1
		});
		await recordAudit(trx, {
			actorId,
			action: 'hall.create',
			targetType: 'hall',
			targetId: hall.code,
			detail: { ...input }
		});
		return hall;
	});
}

/** Renames or resizes a hall; shrinking it is refused while a booth would stick out. */
export async function updateHall(db: Db, actorId: number | null, code: string, input: HallInput) {
	checkHallInput({ ...input, code });
	return writeTransaction(db, async (trx) => {
		const hall = await q.findHallByCode(trx, code);
		if (!hall) return refuse({ kind: 'hall-not-found', hall: code });
		const booths = await q.listBoothShapesOfHall(trx, hall.id);
		const outside = booths.find(
			(b) =>
				!insideHall(
					{ x: b.x_m, y: b.y_m, width: b.width_m, depth: b.depth_m },
					{ width: input.width, depth: input.depth }
				)
		);
		if (outside) refuse({ kind: 'hall-too-small', hall: code, booth: outside.code });
		const changes = {
			name_es: input.name_es || hall.name_es,
			name_en: input.name_en || hall.name_en,
			width_m: input.width,
			depth_m: input.depth
		};
		await q.updateHall(trx, hall.id, changes);
		await recordAudit(trx, {
			actorId,
			action: 'hall.update',
			targetType: 'hall',
			targetId: code,
			detail: { before: { width: hall.width_m, depth: hall.depth_m }, after: changes }
		});
	});
}

/** Deletes an empty hall or one whose booths hold no exhibitor (exhibitors are never dropped silently). */
export async function deleteHall(db: Db, actorId: number | null, code: string) {
	return writeTransaction(db, async (trx) => {
		const hall = await q.findHallByCode(trx, code);
		if (!hall) return refuse({ kind: 'hall-not-found', hall: code });
		const occupied = (await q.listBoothsOfHall(trx, hall.id)).find((b) => b.exhibitorId !== null);
		if (occupied) refuse({ kind: 'hall-occupied', hall: code, booth: occupied.code });
		await q.deleteHall(trx, hall.id);
		await recordAudit(trx, {
			actorId,
			action: 'hall.delete',
			targetType: 'hall',
			targetId: code,
			detail: {}
		});
	});
}
