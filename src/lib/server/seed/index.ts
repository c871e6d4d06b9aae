import { hash } from '@node-rs/argon2';
import { sql, type InsertObject } from 'kysely';
import { writeTransaction, type Db } from '../db/client';
import { syncIdentitySequences } from '../db/sequences';
import type { Database } from '../db/schema';
import { DEMO_PASSWORD } from './content/event';
import { insertAll } from './insert';
import { planDemoEvent, type DemoPlan, type DemoSize } from './plan';
import { Random } from './random';

export type { DemoSize } from './plan';
export { DEMO_PASSWORD } from './content/event';

export interface SeedOptions {
	size: DemoSize;
	seed?: number;
	onProgress?: (message: string, fraction: number) => void;
}

/** Rows written per table. */
export interface SeedSummary {
	settings: number;
	sectors: number;
	organisations: number;
	organisationSectors: number;
	halls: number;
	booths: number;
	exhibitors: number;
	innovations: number;
	users: number;
	memberships: number;
	meetingDays: number;
	meetingSlots: number;
	meetingTables: number;
	matchProfiles: number;
	matchAvailability: number;
	meetingRequests: number;
	meetings: number;
	meetingAttendees: number;
	notifications: number;
}

export const DEFAULT_SEED = 20270920;

/**
 * Loads the deterministic demo event into a freshly migrated, empty database, in one write
 * transaction. It leaves the search index alone: the caller reindexes afterwards.
 */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedSummary> {
	const progress = options.onProgress ?? (() => undefined);
	await assertEmpty(db);
	const seed = options.seed ?? DEFAULT_SEED;
	progress('Hashing the demo password', 0);
	const passwordHash = await hashDemoPassword(seed);
	progress('Planning the demo event', 0.05);
	const plan = planDemoEvent(seed, options.size, passwordHash);
	return writeTransaction(db, async (trx) => {
		const summary = await writePlan(trx, plan, progress);
		await syncIdentitySequences(trx);
		return summary;
	});
}

async function assertEmpty(db: Db): Promise<void> {
	const row = await db
		.selectFrom('organisation')
		.select(sql<number>`count(*)`.as('n'))
		.executeTakeFirstOrThrow();
	if (Number(row.n) > 0) {
		throw new Error(
			`The demo event needs an empty database, but it already holds ${row.n} organisations`
		);
	}
}

/** One argon2id hash (library defaults: m=19456, t=2, p=1) with a salt drawn from the seed. */
async function hashDemoPassword(seed: number): Promise<string> {
	const rng = new Random(seed).fork('password');
	const salt = Uint8Array.from({ length: 16 }, () => rng.int(0, 255));
	return hash(DEMO_PASSWORD, { salt });
}

type Progress = (message: string, fraction: number) => void;

async function writePlan(db: Db, plan: DemoPlan, progress: Progress): Promise<SeedSummary> {
	const steps = tableSteps(plan);
	const counts: Partial<SeedSummary> = {};
	for (const [i, step] of steps.entries()) {
		progress(`Writing ${step.label}`, 0.1 + (0.9 * i) / steps.length);
		counts[step.key] = await step.write(db);
	}
	progress('Demo event loaded', 1);
	return counts as SeedSummary;
}

interface Step {
	key: keyof SeedSummary;
	label: string;
	write: (db: Db) => Promise<number>;
}

function step<T extends keyof Database & string>(
	key: keyof SeedSummary,
	table: T,
	rows: InsertObject<Database, T>[]
): Step {
	return { key, label: table.replace(/_/g, ' '), write: (db) => insertAll(db, table, rows) };
}

/** The core sectors already exist (a migration adds them); the demo's extra ones are new. */
async function upsertSectors(db: Db, rows: DemoPlan['sectors']): Promise<number> {
	for (const row of rows) {
		await db
			.insertInto('sector')
			.values(row)
			.onConflict((oc) => oc.column('key').doUpdateSet({ ...row, key: undefined }))
			.execute();
	}
	return rows.length;
}

/** In foreign-key order. */
function tableSteps(plan: DemoPlan): Step[] {
	const { organisations, profiles } = plan;
	return [
		step('settings', 'setting', plan.settings),
		{ key: 'sectors', label: 'sector', write: (db) => upsertSectors(db, plan.sectors) },
		step(
			'organisations',
			'organisation',
			organisations.map((o) => o.row)
		),
		step(
			'organisationSectors',
			'organisation_sector',
			organisations.flatMap((o) =>
				o.sectors.map((sector_key) => ({ organisation_id: o.id, sector_key }))
			)
		),
		step(
			'halls',
			'hall',
			plan.halls.map(({ focus: _focus, ...hall }) => hall)
		),
		step('booths', 'booth', plan.booths),
		step('exhibitors', 'exhibitor', plan.exhibitors),
		step('innovations', 'innovation', plan.innovations),
		step('users', 'user', [plan.organiser, ...plan.people.map((p) => p.row)]),
		step('memberships', 'membership', plan.memberships),
		step('meetingDays', 'meeting_day', plan.days),
		step('meetingSlots', 'meeting_slot', plan.slots),
		step('meetingTables', 'meeting_table', plan.tables),
		step(
			'matchProfiles',
			'match_profile',
			profiles.map((p) => p.row)
		),
		step(
			'matchAvailability',
			'match_availability',
			profiles.flatMap((p) =>
				[...p.available].map((slot_id) => ({ user_id: p.person.id, slot_id }))
			)
		),
		step('meetingRequests', 'meeting_request', plan.requests),
		step('meetings', 'meeting', plan.meetings),
		step('meetingAttendees', 'meeting_attendee', plan.attendees),
		step('notifications', 'notification', plan.notifications)
	];
}
