import { sql } from 'kysely';
import type { Db } from '../client';
import type { BoothStatus, NewBooth } from '../schema';

export type NewHall = {
	code: string;
	name_es: string;
	name_en: string;
	width_m: number;
	depth_m: number;
	position?: number;
};

export function listHalls(db: Db) {
	return db
		.selectFrom('hall')
		.leftJoin('booth', 'booth.hall_id', 'hall.id')
		.select([
			'hall.id',
			'hall.code',
			'hall.name_es',
			'hall.name_en',
			'hall.width_m',
			'hall.depth_m',
			'hall.position',
			sql<number>`count(booth.id)`.as('booths')
		])
		.groupBy('hall.id')
		.orderBy('hall.position')
		.orderBy('hall.code')
		.execute();
}

export function findHallByCode(db: Db, code: string) {
	return db.selectFrom('hall').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findHallById(db: Db, id: number) {
	return db.selectFrom('hall').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertHall(db: Db, hall: NewHall) {
	return db.insertInto('hall').values(hall).returningAll().executeTakeFirstOrThrow();
}

export function updateHall(db: Db, id: number, changes: Partial<NewHall>) {
	return db.updateTable('hall').set(changes).where('id', '=', id).execute();
}

export function deleteHall(db: Db, id: number) {
	return db.deleteFrom('hall').where('id', '=', id).execute();
}

export function listBoothShapesOfHall(db: Db, hallId: number) {
	return db
		.selectFrom('booth')
		.select(['id', 'code', 'x_m', 'y_m', 'width_m', 'depth_m'])
		.where('hall_id', '=', hallId)
		.execute();
}

/** Every booth of a hall with its exhibitor, if any: what the floor plans draw. */
export function listBoothsOfHall(db: Db, hallId: number) {
	return db
		.selectFrom('booth')
		.leftJoin('exhibitor', 'exhibitor.booth_id', 'booth.id')
		.leftJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.select([
			'booth.id',
			'booth.code',
			'booth.x_m',
			'booth.y_m',
			'booth.width_m',
			'booth.depth_m',
			'booth.status',
			'booth.category',
			'exhibitor.id as exhibitorId',
			'exhibitor.status as exhibitorStatus',
			'organisation.id as organisationId',
			'organisation.slug as organisationSlug',
			'organisation.name as organisationName',
			'organisation.kind as organisationKind'
		])
		.where('booth.hall_id', '=', hallId)
		.orderBy('booth.code')
		.execute();
}

/** Every booth of every hall with the approved exhibitor on it, if any: what booth search reads. */
export function listBoothDirectory(db: Db) {
	return db
		.selectFrom('booth')
		.innerJoin('hall', 'hall.id', 'booth.hall_id')
		.leftJoin('exhibitor', (join) =>
			join.onRef('exhibitor.booth_id', '=', 'booth.id').on('exhibitor.status', '=', 'approved')
		)
		.leftJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.select(['booth.code', 'hall.code as hallCode', 'organisation.name as organisationName'])
		.orderBy('hall.position')
		.orderBy('booth.code')
		.execute();
}

export function findBoothByCode(db: Db, code: string) {
	return db.selectFrom('booth').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listBoothCodes(db: Db, codes: string[]) {
	if (codes.length === 0) return Promise.resolve([]);
	return db.selectFrom('booth').select('code').where('code', 'in', codes).execute();
}

export function listAllBoothCodes(db: Db) {
	return db.selectFrom('booth').select('code').execute();
}

export async function insertBooths(db: Db, booths: NewBooth[]) {
	// Chunks keep each statement under SQLite's bound-parameter limit.
	for (let i = 0; i < booths.length; i += 200) {
		await db
			.insertInto('booth')
			.values(booths.slice(i, i + 200))
			.execute();
	}
}

export function insertBooth(db: Db, booth: NewBooth) {
	return db.insertInto('booth').values(booth).returningAll().executeTakeFirstOrThrow();
}

export function updateBooth(
	db: Db,
	id: number,
	changes: Partial<Omit<NewBooth, 'id' | 'hall_id'>>
) {
	return db.updateTable('booth').set(changes).where('id', '=', id).execute();
}

export function updateBoothStatus(db: Db, id: number, status: BoothStatus) {
	return db.updateTable('booth').set({ status }).where('id', '=', id).execute();
}

export function deleteBooth(db: Db, id: number) {
	return db.deleteFrom('booth').where('id', '=', id).execute();
}

export function findExhibitorByBooth(db: Db, boothId: number) {
	return db
		.selectFrom('exhibitor')
		.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.select(['exhibitor.id', 'exhibitor.organisation_id', 'organisation.name', 'organisation.slug'])
		.where('exhibitor.booth_id', '=', boothId)
		.executeTakeFirst();
}

export function findExhibitorById(db: Db, id: number) {
	return db
		.selectFrom('exhibitor')
		.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.leftJoin('booth', 'booth.id', 'exhibitor.booth_id')
		.select([
			'exhibitor.id',
			'exhibitor.status',
			'exhibitor.booth_id',
			'exhibitor.organisation_id',
			'organisation.name',
			'organisation.slug',
			'booth.code as boothCode'
		])
		.where('exhibitor.id', '=', id)
		.executeTakeFirst();
}

export function updateExhibitorBooth(db: Db, exhibitorId: number, boothId: number | null) {
	return db
		.updateTable('exhibitor')
		.set({ booth_id: boothId })
		.where('id', '=', exhibitorId)
		.execute();
}

/** Approved exhibitors for the editor's assignment list, the ones without a booth first. */
export function listApprovedExhibitors(db: Db) {
	return db
		.selectFrom('exhibitor')
		.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.leftJoin('booth', 'booth.id', 'exhibitor.booth_id')
		.select([
			'exhibitor.id',
			'organisation.id as organisationId',
			'organisation.name',
			'organisation.slug',
			'organisation.kind',
			'booth.code as boothCode',
			'exhibitor.requested_booth_code as requestedBoothCode'
		])
		.where('exhibitor.status', '=', 'approved')
		.orderBy(sql`booth.code is not null`)
		.orderBy('organisation.name')
		.execute();
}

/** Approved exhibitors waiting for a booth code that now exists on the plan and is free. */
export function listExhibitorsWaitingForDrawnBooths(db: Db) {
	return db
		.selectFrom('exhibitor')
		.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.innerJoin('booth', 'booth.code', 'exhibitor.requested_booth_code')
		.leftJoin('exhibitor as occupant', 'occupant.booth_id', 'booth.id')
		.select([
			'exhibitor.id',
			'exhibitor.organisation_id',
			'organisation.slug',
			'booth.id as boothId',
			'booth.code as boothCode'
		])
		.where('exhibitor.status', '=', 'approved')
		.where('exhibitor.booth_id', 'is', null)
		.where('booth.status', '=', 'free')
		.where('occupant.id', 'is', null)
		.execute();
}

export function updateExhibitorRequestedBooth(db: Db, exhibitorId: number, code: string | null) {
	return db
		.updateTable('exhibitor')
		.set({ requested_booth_code: code })
		.where('id', '=', exhibitorId)
		.execute();
}
