import { sql } from 'kysely';
import type { Db } from '../db/client';
import { findSettings } from '../db/queries/settings';
import { listSectors } from '../db/queries/sectors';
import { listFeaturedInnovations } from '../db/queries/innovations';

type Overview = Awaited<ReturnType<typeof loadEventOverview>>;

/**
 * The home page is the busiest page and its figures change slowly: serve them from memory for
 * a few seconds instead of counting the event on every visit.
 */
const OVERVIEW_TTL_MS = 15_000;
const overviewCache = new WeakMap<Db, { at: number; value: Promise<Overview> }>();

export function getEventOverview(db: Db, now = Date.now()): Promise<Overview> {
	const cached = overviewCache.get(db);
	if (cached && now - cached.at < OVERVIEW_TTL_MS) return cached.value;
	const value = loadEventOverview(db);
	overviewCache.set(db, { at: now, value });
	value.catch(() => overviewCache.delete(db));
	return value;
}

/** Everything the home page shows: the event at a glance. */
async function loadEventOverview(db: Db) {
	const [settings, sectors, featured, totals, halls, sectorCounts] = await Promise.all([
		findSettings(db),
		listSectors(db),
		listFeaturedInnovations(db, 6),
		countTotals(db),
		db
			.selectFrom('hall')
			.leftJoin('booth', 'booth.hall_id', 'hall.id')
			.select([
				'hall.code',
				'hall.name_es',
				'hall.name_en',
				sql<number>`count(booth.id)`.as('booths')
			])
			.groupBy(['hall.id', 'hall.code', 'hall.name_es', 'hall.name_en', 'hall.position'])
			.orderBy('hall.position')
			.execute(),
		countBySector(db)
	]);
	return {
		event: {
			name: settings['event.name'] ?? 'EXTEMIN',
			edition: settings['event.edition'] ?? '',
			city: settings['event.city'] ?? 'Arequipa',
			venue: settings['event.venue'] ?? '',
			startsOn: settings['event.starts_on'] ?? '',
			endsOn: settings['event.ends_on'] ?? ''
		},
		totals,
		halls: halls.map((h) => ({ ...h, booths: Number(h.booths) })),
		sectors: sectors.map((s) => ({
			...s,
			organisations: sectorCounts.organisations.get(s.key) ?? 0,
			innovations: sectorCounts.innovations.get(s.key) ?? 0
		})),
		featured
	};
}

/**
 * What a visitor can find: the innovations, countries and sectors of organisations an
 * organiser approved (the directory and search show nothing else), and approved exhibitors.
 */
async function countTotals(db: Db) {
	const row = await db
		.selectNoFrom((eb) => [
			eb
				.selectFrom('exhibitor')
				.select(sql<number>`count(*)`.as('n'))
				.where('status', '=', 'approved')
				.as('exhibitors'),
			eb
				.selectFrom('innovation')
				.innerJoin('organisation', 'organisation.id', 'innovation.organisation_id')
				.select(sql<number>`count(*)`.as('n'))
				.where('organisation.moderation', '=', 'approved')
				.as('innovations'),
			eb
				.selectFrom('organisation')
				.select(sql<number>`count(distinct country)`.as('n'))
				.where('moderation', '=', 'approved')
				.as('countries'),
			eb
				.selectFrom('booth')
				.select(sql<number>`count(*)`.as('n'))
				.as('booths')
		])
		.executeTakeFirstOrThrow();
	return {
		exhibitors: Number(row.exhibitors),
		innovations: Number(row.innovations),
		countries: Number(row.countries),
		booths: Number(row.booths)
	};
}

async function countBySector(db: Db) {
	const [orgs, innovations] = await Promise.all([
		db
			.selectFrom('organisation_sector')
			.innerJoin('organisation', 'organisation.id', 'organisation_sector.organisation_id')
			.select(['organisation_sector.sector_key', sql<number>`count(*)`.as('n')])
			.where('organisation.moderation', '=', 'approved')
			.groupBy('organisation_sector.sector_key')
			.execute(),
		db
			.selectFrom('innovation')
			.innerJoin('organisation', 'organisation.id', 'innovation.organisation_id')
			.select(['innovation.sector_key', sql<number>`count(*)`.as('n')])
			.where('organisation.moderation', '=', 'approved')
			.groupBy('innovation.sector_key')
			.execute()
	]);
	return {
		organisations: new Map(orgs.map((r) => [r.sector_key, Number(r.n)])),
		innovations: new Map(innovations.map((r) => [r.sector_key, Number(r.n)]))
	};
}
