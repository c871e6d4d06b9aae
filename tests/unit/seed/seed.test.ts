import { verify } from '@node-rs/argon2';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_SECTORS, ORGANISATION_KINDS } from '../../../src/lib/domain/taxonomy';
import type { Db } from '../../../src/lib/server/db/client';
import { DEMO_PASSWORD, seedDemo, type SeedSummary } from '../../../src/lib/server/seed';
import { planDemoEvent } from '../../../src/lib/server/seed/plan';
import { testDb } from '../../support/test-db';
import {
	FIELD_SITES,
	FOREIGN_FIELD_SITES
} from '../../../src/lib/server/seed/content/innovation-text';
import { fieldSites } from '../../../src/lib/server/seed/innovations';

let db: Db;
let summary: SeedSummary;

async function freshDb(): Promise<Db> {
	const fresh = await testDb();
	return fresh;
}

async function fingerprint(target: Db) {
	const slugs = await target.selectFrom('organisation').select('slug').orderBy('id').execute();
	const first = await target
		.selectFrom('innovation')
		.select('title_es')
		.orderBy('id')
		.executeTakeFirstOrThrow();
	return { slugs: slugs.map((r) => r.slug), firstInnovation: first.title_es };
}

beforeAll(async () => {
	db = await freshDb();
	summary = await seedDemo(db, { size: 'small', seed: 42 });
}, 30_000);

afterAll(() => db.destroy());

describe('seedDemo (small)', () => {
	it('is deterministic: the same seed gives the same event, another seed a different one', async () => {
		const again = await freshDb();
		await seedDemo(again, { size: 'small', seed: 42 });
		const expected = await fingerprint(db);
		expect(await fingerprint(again)).toEqual(expected);
		const other = planDemoEvent(7, 'small', 'hash').organisations.map((o) => o.slug);
		expect(other).not.toEqual(expected.slugs);
		const hashes = await Promise.all(
			[db, again].map((d) => d.selectFrom('user').select('password_hash').executeTakeFirstOrThrow())
		);
		expect(hashes[0]).toEqual(hashes[1]);
		await again.destroy();
	}, 30_000);

	it('fills every table with counts in the expected ranges', async () => {
		expect(summary).toMatchObject({ settings: 9, sectors: 8, organisations: 1000, halls: 6 });
		expect(summary).toMatchObject({ meetingDays: 3, meetingSlots: 48, meetingTables: 60 });
		expect(summary.booths).toBeGreaterThan(750);
		expect(summary.booths).toBeLessThan(900);
		expect(summary.exhibitors).toBeGreaterThan(750);
		expect(summary.exhibitors).toBeLessThan(880);
		expect(summary.innovations).toBeGreaterThan(1200);
		expect(summary.innovations).toBeLessThan(2000);
		expect(summary.users).toBeGreaterThan(2700);
		expect(summary.users).toBeLessThan(3300);
		expect(summary.matchProfiles).toBeGreaterThan(1700);
		expect(summary.matchProfiles).toBeLessThan(2300);
		expect(summary.meetingRequests).toBeGreaterThan(300);
		expect(summary.meetings).toBeGreaterThan(30);
		expect(summary.meetingAttendees).toBe(summary.meetings * 2);
		expect(summary.notifications).toBeGreaterThan(0);
		const users = await db
			.selectFrom('user')
			.select(sql<number>`count(*)`.as('n'))
			.executeTakeFirst();
		expect(Number(users?.n)).toBe(summary.users);
	});

	it('leaves new rows fresh ids after its planned ones (identity sequences on PostgreSQL)', async () => {
		const { max } = await db
			.selectFrom('hall')
			.select((eb) => eb.fn.max<number>('id').as('max'))
			.executeTakeFirstOrThrow();
		const hall = await db
			.insertInto('hall')
			.values({ code: 'ZZ', name_es: 'Nuevo', name_en: 'New', width_m: 10, depth_m: 10 })
			.returning('id')
			.executeTakeFirstOrThrow();
		expect(hall.id).toBeGreaterThan(Number(max));
		await db.deleteFrom('hall').where('id', '=', hall.id).execute();
	});

	it('writes the event settings', async () => {
		const rows = await db.selectFrom('setting').selectAll().execute();
		const settings = Object.fromEntries(rows.map((r) => [r.key, r.value]));
		expect(settings).toMatchObject({
			'event.name': 'EXTEMIN 2027',
			'event.time_zone': 'America/Lima',
			'requests.open': '1',
			'schedule.published': '0'
		});
	});

	it('covers at least 12 countries, every kind and every core sector', async () => {
		const countries = await db.selectFrom('organisation').select('country').distinct().execute();
		expect(countries.length).toBeGreaterThanOrEqual(12);
		const kinds = await db.selectFrom('organisation').select('kind').distinct().execute();
		expect(kinds.map((k) => k.kind).sort()).toEqual([...ORGANISATION_KINDS].sort());
		const sectors = await db
			.selectFrom('organisation_sector')
			.select(['sector_key', sql<number>`count(*)`.as('n')])
			.groupBy('sector_key')
			.execute();
		const bySector = new Map(sectors.map((s) => [s.sector_key, Number(s.n)]));
		for (const key of CORE_SECTORS) expect(bySector.get(key)).toBeGreaterThanOrEqual(20);
	});

	it('lays out booths inside their hall without overlaps', async () => {
		const halls = await db.selectFrom('hall').selectAll().execute();
		const booths = await db.selectFrom('booth').selectAll().execute();
		const problems: string[] = [];
		for (const hall of halls) {
			const inHall = booths.filter((b) => b.hall_id === hall.id);
			for (const b of inHall) {
				const inside =
					b.x_m >= 0 &&
					b.y_m >= 0 &&
					b.x_m + b.width_m <= hall.width_m &&
					b.y_m + b.depth_m <= hall.depth_m;
				if (!inside) problems.push(`${b.code} leaves ${hall.code}`);
			}
			for (let i = 0; i < inHall.length; i++) {
				for (let j = i + 1; j < inHall.length; j++) {
					const [a, b] = [inHall[i], inHall[j]];
					const overlap =
						a.x_m < b.x_m + b.width_m &&
						b.x_m < a.x_m + a.width_m &&
						a.y_m < b.y_m + b.depth_m &&
						b.y_m < a.y_m + a.depth_m;
					if (overlap) problems.push(`${a.code} overlaps ${b.code}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('gives every approved exhibitor an assigned booth, and only them', async () => {
		const exhibitors = await db
			.selectFrom('exhibitor')
			.leftJoin('booth', 'booth.id', 'exhibitor.booth_id')
			.select(['exhibitor.status', 'exhibitor.decision_reason', 'booth.status as boothStatus'])
			.execute();
		for (const e of exhibitors) {
			if (e.status === 'approved') expect(e.boothStatus).toBe('assigned');
			else expect(e.boothStatus).toBeNull();
			if (e.status === 'rejected') expect(e.decision_reason).toBeTruthy();
		}
		const assigned = await db
			.selectFrom('booth')
			.select(sql<number>`count(*)`.as('n'))
			.where('status', '=', 'assigned')
			.executeTakeFirstOrThrow();
		expect(Number(assigned.n)).toBe(exhibitors.filter((e) => e.status === 'approved').length);
	});

	it("stages EXTEMIN's scale: 700-800 approved exhibitors on at least 85% of the booths", async () => {
		const approved = await db
			.selectFrom('exhibitor')
			.select(sql<number>`count(*)`.as('n'))
			.where('status', '=', 'approved')
			.executeTakeFirstOrThrow();
		expect(Number(approved.n)).toBeGreaterThanOrEqual(700);
		expect(Number(approved.n)).toBeLessThanOrEqual(800);
		const booths = await db
			.selectFrom('booth')
			.select(['status', sql<number>`count(*)`.as('n')])
			.groupBy('status')
			.execute();
		const by = Object.fromEntries(booths.map((b) => [b.status, Number(b.n)]));
		const total = booths.reduce((sum, b) => sum + Number(b.n), 0);
		expect(by.assigned / total).toBeGreaterThanOrEqual(0.85);
		// Every pavilion is busy, not one full hall and five empty ones.
		const perHall = await db
			.selectFrom('booth')
			.select([
				'hall_id',
				sql<number>`sum(case when status = 'assigned' then 1 else 0 end)`.as('assigned'),
				sql<number>`count(*)`.as('n')
			])
			.groupBy('hall_id')
			.execute();
		for (const hall of perHall) expect(Number(hall.assigned) / Number(hall.n)).toBeGreaterThan(0.7);
	});

	it('runs each pilot where its organisation works: a Canadian centre in Canada, not in Junín', async () => {
		const rows = await db
			.selectFrom('innovation')
			.innerJoin('organisation', 'organisation.id', 'innovation.organisation_id')
			.select(['innovation.description_en', 'organisation.country', 'organisation.kind'])
			.select('organisation.name')
			.execute();
		const problems: string[] = [];
		const sites = new Map<string, number>();
		for (const row of rows) {
			const found = /operation(?: at \d+ m)? in (.+?), improving/.exec(row.description_en);
			if (!found) continue;
			const region = found[1];
			const org = { kind: row.kind, country: { code: row.country } };
			const allowed = new Set(fieldSites(org).map((s) => s.region.en));
			if (!allowed.has(region)) problems.push(`${row.name} (${row.country}): ${region}`);
			if (row.kind === 'research-centre' && row.country === 'CA') sites.set(region, 1);
			const andean = FOREIGN_FIELD_SITES.some((s) => s.region.en === region);
			if (/ at \d+ m in/.test(found[0]) !== andean && !['BO', 'EC', 'MX'].includes(row.country)) {
				problems.push(`${row.name}: an altitude only for Andean sites (${region})`);
			}
		}
		expect(problems).toEqual([]);
		const canadianCentres = [...sites.keys()];
		expect(canadianCentres.length).toBeGreaterThan(0);
		const canada = new Set(FIELD_SITES.CA.map((s) => s.region.en));
		expect(canadianCentres.filter((r) => !canada.has(r))).toEqual([]);
	});

	it('gives no near-duplicate innovations: no "Bio", "Bio Pro", "Bio Lite"', async () => {
		const rows = await db
			.selectFrom('innovation')
			.select(['organisation_id', 'title_es'])
			.orderBy('id')
			.execute();
		const products = rows.map((r) => r.title_es.split(':')[0]);
		expect(new Set(products).size).toBe(products.length);
		// A product carries a brand, not the generic start of its maker's name.
		expect(
			products.filter((p) =>
				/^(Asociación|Cooperativa|Sociedad|Oficina|Universidad|Programa) /.test(p)
			)
		).toEqual([]);
		const variant = / (Pro|Lite|X|Edge|Max|\d+)$/;
		expect(
			products.filter((p) => variant.test(p) && products.includes(p.replace(variant, '')))
		).toEqual([]);
		const lastWord = (title: string) => title.split(':')[0].split(' ').pop();
		const byOrg = new Map<number, string[]>();
		for (const r of rows)
			byOrg.set(r.organisation_id, [
				...(byOrg.get(r.organisation_id) ?? []),
				lastWord(r.title_es)!
			]);
		const repeats = [...byOrg].filter(([, words]) => new Set(words).size !== words.length);
		expect(repeats).toEqual([]);
	});

	it('books only valid meetings: accepted request, both available, no double booking', async () => {
		const meetings = await db
			.selectFrom('meeting')
			.innerJoin('meeting_request as r', 'r.id', 'meeting.request_id')
			.select(['meeting.id', 'meeting.slot_id', 'meeting.table_id', 'r.status'])
			.select(['r.from_user_id', 'r.to_user_id'])
			.where('meeting.status', '=', 'active')
			.execute();
		const attendees = await db.selectFrom('meeting_attendee').selectAll().execute();
		const available = new Set(
			(await db.selectFrom('match_availability').selectAll().execute()).map(
				(a) => `${a.user_id}:${a.slot_id}`
			)
		);
		const byMeeting = new Map<number, typeof attendees>();
		for (const a of attendees)
			byMeeting.set(a.meeting_id, [...(byMeeting.get(a.meeting_id) ?? []), a]);
		const tables = new Set<string>();
		const people = new Set<string>();
		const problems: string[] = [];
		for (const m of meetings) {
			if (m.status !== 'accepted') problems.push(`meeting ${m.id}: request is ${m.status}`);
			const mine = byMeeting.get(m.id) ?? [];
			const ids = mine.map((a) => a.user_id).sort((a, b) => a - b);
			const expected = [m.from_user_id, m.to_user_id].sort((a, b) => a - b);
			if (ids.join() !== expected.join()) problems.push(`meeting ${m.id}: attendees ${ids}`);
			for (const a of mine) {
				const key = `${a.user_id}:${m.slot_id}`;
				if (a.slot_id !== m.slot_id) problems.push(`meeting ${m.id}: attendee slot differs`);
				if (!available.has(key)) problems.push(`meeting ${m.id}: ${a.user_id} unavailable`);
				if (people.has(key)) problems.push(`meeting ${m.id}: ${a.user_id} double-booked`);
				people.add(key);
			}
			const table = `${m.table_id}:${m.slot_id}`;
			if (tables.has(table)) problems.push(`meeting ${m.id}: table taken`);
			tables.add(table);
		}
		expect(problems).toEqual([]);
	});

	it('never requests a meeting with oneself or twice between the same pair', async () => {
		const requests = await db.selectFrom('meeting_request').selectAll().execute();
		const pairs = new Set<string>();
		const problems: string[] = [];
		for (const r of requests) {
			const key = [r.from_user_id, r.to_user_id].sort((a, b) => a - b).join(':');
			if (r.from_user_id === r.to_user_id) problems.push(`request ${r.id} to self`);
			if (pairs.has(key)) problems.push(`request ${r.id} repeats ${key}`);
			if (r.status === 'declined' && !r.reason) problems.push(`request ${r.id} has no reason`);
			pairs.add(key);
		}
		expect(problems).toEqual([]);
	});

	it('schedules 20-minute slots from 09:00 Lima time (14:00 UTC)', async () => {
		const first = await db
			.selectFrom('meeting_slot')
			.selectAll()
			.orderBy('starts_at')
			.executeTakeFirstOrThrow();
		expect(new Date(first.starts_at * 1000).toISOString()).toBe('2027-09-21T14:00:00.000Z');
		expect(first.ends_at - first.starts_at).toBe(1200);
	});

	it('writes real prose: no lorem ipsum, no placeholders left, Spanish and English differ', async () => {
		const orgs = await db.selectFrom('organisation').selectAll().execute();
		const innovations = await db.selectFrom('innovation').selectAll().execute();
		const texts = [
			...orgs.flatMap((o) => [o.name, o.description_es, o.description_en, o.tags]),
			...innovations.flatMap((i) => [i.title_es, i.title_en, i.summary_es, i.description_en])
		];
		expect(texts.filter((t) => /lorem|ipsum/i.test(t))).toEqual([]);
		expect(texts.filter((t) => /\{\w+\}|undefined|\bNaN\b/.test(t))).toEqual([]);
		expect(orgs.filter((o) => o.description_es === o.description_en)).toEqual([]);
		expect(innovations.filter((i) => i.description_es === i.description_en)).toEqual([]);
		expect(orgs.every((o) => o.website === `https://${o.slug}.example`)).toBe(true);
	});

	it('gives all demo users one argon2id hash of the demo password', async () => {
		const hashes = await db.selectFrom('user').select('password_hash').distinct().execute();
		expect(hashes).toHaveLength(1);
		expect(hashes[0].password_hash).toMatch(/^\$argon2id\$/);
		expect(await verify(hashes[0].password_hash!, DEMO_PASSWORD)).toBe(true);
		const organiser = await db
			.selectFrom('user')
			.selectAll()
			.where('email', '=', 'organizador@extemin.pe')
			.executeTakeFirstOrThrow();
		expect(organiser.role).toBe('organiser');
	});

	it('refuses to seed a database that already holds organisations', async () => {
		await expect(seedDemo(db, { size: 'small', seed: 42 })).rejects.toThrow(/empty database/);
	});
});
