import { sql } from 'kysely';
import { writeTransaction, type Db } from '../db/client';
import { recordAudit } from '../floor/audit';
import { refuse } from './errors';

export const MAX_TABLES = 500;

/** Tables grouped by zone, with their number range, for the programme page. */
export async function listTableZones(db: Db) {
	const rows = await db
		.selectFrom('meeting_table')
		.select([
			'zone',
			sql<number>`count(*)`.as('count'),
			sql<number>`min(number)`.as('first'),
			sql<number>`max(number)`.as('last')
		])
		.groupBy('zone')
		.orderBy(sql`min(number)`)
		.execute();
	return rows.map((r) => ({
		zone: r.zone,
		count: Number(r.count),
		first: Number(r.first),
		last: Number(r.last)
	}));
}

/** Creates tables `first`..`first+count-1` in a zone; existing numbers move to that zone. */
export async function saveTables(
	db: Db,
	actorId: number | null,
	input: { count: number; first: number; zone: string }
) {
	if (!(Number.isInteger(input.count) && input.count >= 1 && input.count <= MAX_TABLES))
		refuse({ kind: 'tableCount' });
	if (!(Number.isInteger(input.first) && input.first >= 1 && input.first <= 10_000))
		refuse({ kind: 'firstNumber' });
	const zone = input.zone.trim().slice(0, 60);
	await writeTransaction(db, async (trx) => {
		const numbers = Array.from({ length: input.count }, (_, i) => input.first + i);
		for (let i = 0; i < numbers.length; i += 200) {
			await trx
				.insertInto('meeting_table')
				.values(numbers.slice(i, i + 200).map((number) => ({ number, zone })))
				.onConflict((oc) => oc.column('number').doUpdateSet({ zone }))
				.execute();
		}
		await recordAudit(trx, {
			actorId,
			action: 'programme.tables',
			targetType: 'meeting_table',
			targetId: `${input.first}-${input.first + input.count - 1}`,
			detail: { zone }
		});
	});
}
