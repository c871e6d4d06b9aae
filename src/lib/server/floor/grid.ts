import { generateGrid, nextBoothNumber, overlaps, type GridSpec } from '../../domain/floor';
import { writeTransaction, type Db } from '../db/client';
import * as q from '../db/queries/floor';
import { assignWaitingExhibitors } from './assignment';
import { recordAudit } from './audit';
import { refuse } from './errors';
import { shapesOfHall } from './booths';

export interface GridInput {
	boothWidth: number;
	boothDepth: number;
	aisle: number;
	blockLength: number;
	/** Replace every booth of the hall (refused while one holds an exhibitor) or add around them. */
	replace: boolean;
	category?: string;
}

/** Fills a hall with a grid of booths in one step: all of them or, on any refusal, none. */
export async function generateHallGrid(
	db: Db,
	actorId: number | null,
	hallCode: string,
	input: GridInput
) {
	return writeTransaction(db, async (trx) => {
		const hall =
			(await q.findHallByCode(trx, hallCode)) ?? refuse({ kind: 'hall-not-found', hall: hallCode });
		if (input.replace) {
			const occupied = (await q.listBoothsOfHall(trx, hall.id)).find((b) => b.exhibitorId !== null);
			if (occupied) refuse({ kind: 'hall-occupied', hall: hall.code, booth: occupied.code });
			await trx.deleteFrom('booth').where('hall_id', '=', hall.id).execute();
		}
		const codes = (await q.listAllBoothCodes(trx)).map((b) => b.code);
		const spec: GridSpec = {
			hall: { width: hall.width_m, depth: hall.depth_m },
			boothWidth: input.boothWidth,
			boothDepth: input.boothDepth,
			aisle: input.aisle,
			blockLength: input.blockLength,
			prefix: hall.code,
			start: nextBoothNumber(hall.code, codes)
		};
		const booths = generateGrid(spec);
		if (booths.length === 0) refuse({ kind: 'grid-empty', hall: hall.code });
		const existing = await shapesOfHall(trx, hall.id);
		for (const booth of booths) {
			const hit = existing.find((other) => overlaps(booth, other));
			if (hit) refuse({ kind: 'grid-overlap', booth: booth.code, other: hit.code });
		}
		await q.insertBooths(
			trx,
			booths.map((b) => ({
				hall_id: hall.id,
				code: b.code,
				x_m: b.x,
				y_m: b.y,
				width_m: b.width,
				depth_m: b.depth,
				category: input.category || 'standard'
			}))
		);
		await recordAudit(trx, {
			actorId,
			action: 'hall.grid',
			targetType: 'hall',
			targetId: hall.code,
			detail: { ...input, count: booths.length, first: booths[0].code, last: booths.at(-1)!.code }
		});
		await assignWaitingExhibitors(trx, actorId);
		return { count: booths.length, first: booths[0].code, last: booths.at(-1)!.code };
	});
}
