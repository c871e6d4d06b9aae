import { sql } from 'kysely';
import type { Db } from '../db/client';
import { limaDate } from '../../domain/programme';

const count = sql<number>`count(*)`;

export function exhibitorsBySector(db: Db) {
	return db
		.selectFrom('sector')
		.leftJoin('organisation_sector', 'organisation_sector.sector_key', 'sector.key')
		.leftJoin('exhibitor', (join) =>
			join
				.onRef('exhibitor.organisation_id', '=', 'organisation_sector.organisation_id')
				.on('exhibitor.status', '=', 'approved')
		)
		.select([
			'sector.key',
			'sector.name_es',
			'sector.name_en',
			'sector.color',
			sql<number>`count(exhibitor.id)`.as('count')
		])
		.groupBy(['sector.key', 'sector.name_es', 'sector.name_en', 'sector.color', 'sector.position'])
		.orderBy('sector.position')
		.execute();
}

function approvedOrganisations(db: Db) {
	return db
		.selectFrom('exhibitor')
		.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
		.where('exhibitor.status', '=', 'approved');
}

export function exhibitorsByKind(db: Db) {
	return approvedOrganisations(db)
		.select(['organisation.kind as key', count.as('count')])
		.groupBy('organisation.kind')
		.orderBy('count', 'desc')
		.orderBy('organisation.kind')
		.execute();
}

export function exhibitorsByCountry(db: Db) {
	return approvedOrganisations(db)
		.select(['organisation.country as key', count.as('count')])
		.groupBy('organisation.country')
		.orderBy('count', 'desc')
		.orderBy('organisation.country')
		.execute();
}

export async function occupancyByHall(db: Db) {
	const rows = await db
		.selectFrom('hall')
		.leftJoin('booth', 'booth.hall_id', 'hall.id')
		.leftJoin('exhibitor', 'exhibitor.booth_id', 'booth.id')
		.select([
			'hall.code',
			'hall.name_es',
			'hall.name_en',
			sql<number>`count(booth.id)`.as('total'),
			sql<number>`count(exhibitor.id)`.as('taken'),
			sql<number>`sum(case when booth.status in ('reserved', 'blocked') and exhibitor.id is null then 1 else 0 end)`.as(
				'held'
			)
		])
		.groupBy(['hall.id', 'hall.code', 'hall.name_es', 'hall.name_en', 'hall.position'])
		.orderBy('hall.position')
		.orderBy('hall.code')
		.execute();
	return rows.map((r) => {
		const total = Number(r.total);
		const taken = Number(r.taken);
		const held = Number(r.held ?? 0);
		return { ...r, total, taken, held, free: total - taken - held };
	});
}

export interface DayFigures {
	date: string;
	requests: number;
	acceptances: number;
	meetings: number;
}

/** Requests by the Lima day they were sent, acceptances by the day of the answer, meetings by their day. */
export async function activityPerDay(db: Db): Promise<DayFigures[]> {
	const [requests, meetings] = await Promise.all([
		db.selectFrom('meeting_request').select(['created_at', 'updated_at', 'status']).execute(),
		db
			.selectFrom('meeting')
			.innerJoin('meeting_slot', 'meeting_slot.id', 'meeting.slot_id')
			.innerJoin('meeting_day', 'meeting_day.id', 'meeting_slot.day_id')
			.select(['meeting_day.date', count.as('count')])
			.where('meeting.status', '=', 'active')
			.groupBy('meeting_day.date')
			.execute()
	]);
	const days = new Map<string, DayFigures>();
	const day = (date: string) => {
		if (!days.has(date)) days.set(date, { date, requests: 0, acceptances: 0, meetings: 0 });
		return days.get(date)!;
	};
	for (const r of requests) {
		day(limaDate(r.created_at)).requests++;
		if (r.status === 'accepted') day(limaDate(r.updated_at)).acceptances++;
	}
	for (const m of meetings) day(m.date).meetings += Number(m.count);
	return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export async function topSearches(db: Db, limit = 15) {
	const term = sql<string>`lower(trim(query))`;
	const rows = await db
		.selectFrom('search_log')
		.select([
			term.as('term'),
			count.as('count'),
			sql<number>`sum(case when hits = 0 then 1 else 0 end)`.as('empty')
		])
		.where(sql`trim(query)`, '<>', '')
		.groupBy(term)
		.orderBy('count', 'desc')
		.orderBy('term')
		.limit(limit)
		.execute();
	return rows.map((r) => ({ term: r.term, count: Number(r.count), empty: Number(r.empty) }));
}

/** The latest finished schedule run: scheduled weight over its proven upper bound. */
export async function scheduleQuality(db: Db) {
	const run = await db
		.selectFrom('schedule_run')
		.selectAll()
		.where('finished_at', 'is not', null)
		.orderBy('id', 'desc')
		.executeTakeFirst();
	if (!run || run.scheduled_weight === null || run.upper_bound === null) return null;
	const ratio = run.upper_bound > 0 ? run.scheduled_weight / run.upper_bound : 1;
	return {
		finishedAt: run.finished_at!,
		scheduledWeight: run.scheduled_weight,
		upperBound: run.upper_bound,
		ratio: Math.min(1, ratio),
		optimal: run.optimal === 1
	};
}

export async function totals(db: Db) {
	const [exhibitors, booths, meetings] = await Promise.all([
		approvedOrganisations(db).select(count.as('n')).executeTakeFirstOrThrow(),
		db
			.selectFrom('booth')
			.leftJoin('exhibitor', 'exhibitor.booth_id', 'booth.id')
			.select([count.as('total'), sql<number>`count(exhibitor.id)`.as('taken')])
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('meeting')
			.select(count.as('n'))
			.where('status', '=', 'active')
			.executeTakeFirstOrThrow()
	]);
	return {
		exhibitors: Number(exhibitors.n),
		booths: Number(booths.total),
		boothsTaken: Number(booths.taken),
		meetings: Number(meetings.n)
	};
}
