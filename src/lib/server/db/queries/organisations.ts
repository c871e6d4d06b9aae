import type { Db } from '../client';
import type { NewOrganisation, OrganisationUpdate } from '../schema';
import { nowSeconds } from '../portable';

export function findOrganisationBySlug(db: Db, slug: string) {
	return db.selectFrom('organisation').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findOrganisationById(db: Db, id: number) {
	return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOrganisationSectors(db: Db, organisationId: number): Promise<string[]> {
	const rows = await db
		.selectFrom('organisation_sector')
		.innerJoin('sector', 'sector.key', 'organisation_sector.sector_key')
		.select('sector.key')
		.where('organisation_id', '=', organisationId)
		.orderBy('sector.position')
		.execute();
	return rows.map((r) => r.key);
}

export function insertOrganisation(db: Db, organisation: NewOrganisation) {
	return db
		.insertInto('organisation')
		.values(organisation)
		.returningAll()
		.executeTakeFirstOrThrow();
}

export function updateOrganisation(db: Db, id: number, changes: OrganisationUpdate) {
	return db
		.updateTable('organisation')
		.set({ ...changes, updated_at: nowSeconds(db) })
		.where('id', '=', id)
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function replaceOrganisationSectors(
	db: Db,
	organisationId: number,
	sectors: string[]
) {
	await db
		.deleteFrom('organisation_sector')
		.where('organisation_id', '=', organisationId)
		.execute();
	if (sectors.length === 0) return;
	await db
		.insertInto('organisation_sector')
		.values(sectors.map((sector_key) => ({ organisation_id: organisationId, sector_key })))
		.execute();
}

export async function listSectorsForOrganisations(
	db: Db,
	ids: number[]
): Promise<Map<number, string[]>> {
	const result = new Map<number, string[]>();
	if (ids.length === 0) return result;
	const rows = await db
		.selectFrom('organisation_sector')
		.innerJoin('sector', 'sector.key', 'organisation_sector.sector_key')
		.select(['organisation_sector.organisation_id as id', 'sector.key'])
		.where('organisation_sector.organisation_id', 'in', ids)
		.orderBy('sector.position')
		.execute();
	for (const row of rows) result.set(row.id, [...(result.get(row.id) ?? []), row.key]);
	return result;
}
