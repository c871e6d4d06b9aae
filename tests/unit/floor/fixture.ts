import type { Db } from '../../../src/lib/server/db/client';
import { testDb } from '../../support/test-db';

export async function freshDb(): Promise<Db> {
	const db = await testDb();
	// The fixture's own sectors in place of the five core ones the migrations add.
	await db.deleteFrom('sector').execute();
	await db
		.insertInto('sector')
		.values([
			{ key: 'ai', name_es: 'IA', name_en: 'AI', color: '#2563eb', core: 1, position: 1 },
			{
				key: 'renewables',
				name_es: 'Renovables',
				name_en: 'Renewables',
				color: '#16a34a',
				core: 1,
				position: 2
			}
		])
		.execute();
	return db;
}

export async function addExhibitor(
	db: Db,
	slug: string,
	options: {
		status?: 'pending' | 'approved';
		sectors?: string[];
		kind?: 'company' | 'startup';
		country?: string;
	} = {}
) {
	const org = await db
		.insertInto('organisation')
		.values({
			slug,
			name: slug.toUpperCase(),
			kind: options.kind ?? 'company',
			country: options.country ?? 'PE'
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	for (const sector_key of options.sectors ?? ['ai']) {
		await db
			.insertInto('organisation_sector')
			.values({ organisation_id: org.id, sector_key })
			.execute();
	}
	const exhibitor = await db
		.insertInto('exhibitor')
		.values({ organisation_id: org.id, status: options.status ?? 'approved' })
		.returningAll()
		.executeTakeFirstOrThrow();
	return { organisationId: org.id, exhibitorId: exhibitor.id };
}

export async function boothState(db: Db) {
	return db
		.selectFrom('booth')
		.leftJoin('exhibitor', 'exhibitor.booth_id', 'booth.id')
		.select([
			'booth.code',
			'booth.x_m',
			'booth.y_m',
			'booth.width_m',
			'booth.depth_m',
			'booth.status',
			'exhibitor.id as exhibitorId'
		])
		.orderBy('booth.code')
		.execute();
}

export async function auditActions(db: Db) {
	const rows = await db
		.selectFrom('audit_log')
		.select(['action', 'target_id'])
		.orderBy('id')
		.execute();
	return rows.map((r) => `${r.action} ${r.target_id}`);
}
