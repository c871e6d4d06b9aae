/**
 * Recommendations for a signed-in participant, from a shared index built in the background.
 * Requests always read the last built index; a profile change asks for a rebuild, and a flood
 * of changes makes at most one rebuild per REBUILD_INTERVAL_MS (docs/background-jobs.md). The
 * build reads participants page by page and builds the index in slices, yielding to the
 * event loop between them, so that no slice holds the loop for more than a few milliseconds.
 */
import {
	buildMatchIndexSteps,
	recommend,
	type MatchIndex,
	type MatchReason
} from '../../domain/scoring';
import type { Db } from '../db/client';
import { logger } from '../log';
import { listParticipants, type ParticipantCard } from './participants';

interface Cached {
	index: MatchIndex;
	cards: Map<number, ParticipantCard>;
	builtAt: number;
}

/** Others' edits show within this much (plus the build), own edits too. */
export const REBUILD_INTERVAL_MS = 2_000;
/** Saves close together are gathered for this long before a rebuild starts. */
const DEBOUNCE_MS = 100;
/** A slice of the build runs at most about this long before yielding to the event loop. */
const SLICE_MS = 8;
/** Without changes the index is still rebuilt this often (edits made by other processes). */
const MAX_AGE_MS = 60_000;

interface Entry {
	value: Cached | null;
	/** The build in progress, if any. */
	building: Promise<Cached> | null;
	/** A change arrived after the current build read the database. */
	dirty: boolean;
	timer: ReturnType<typeof setTimeout> | null;
	lastStartedAt: number;
	/** Longest slice of the last build, in ms (logged; the tests read it). */
	longestSliceMs: number;
	builds: number;
}

const entries = new WeakMap<Db, Entry>();
const live = new Set<Entry>();

function entryOf(db: Db): Entry {
	let entry = entries.get(db);
	if (!entry) {
		entry = {
			value: null,
			building: null,
			dirty: false,
			timer: null,
			lastStartedAt: 0,
			longestSliceMs: 0,
			builds: 0
		};
		entries.set(db, entry);
		live.add(entry);
	}
	return entry;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function build(db: Db, entry: Entry): Promise<Cached> {
	let longest = 0;
	const { cards, scoring } = await listParticipants(db, { pageSize: 500, between: yieldToLoop });
	const steps = buildMatchIndexSteps(scoring, 100);
	let index: MatchIndex | undefined;
	while (index === undefined) {
		const started = performance.now();
		do {
			const step = steps.next();
			if (step.done) index = step.value;
		} while (index === undefined && performance.now() - started < SLICE_MS);
		longest = Math.max(longest, performance.now() - started);
		if (index === undefined) await yieldToLoop();
	}
	const cardMap = new Map<number, ParticipantCard>();
	for (const c of cards) cardMap.set(c.userId, c);
	entry.longestSliceMs = Math.round(longest * 10) / 10;
	return { index, cards: cardMap, builtAt: Date.now() };
}

function startBuild(db: Db, entry: Entry): Promise<Cached> {
	entry.dirty = false;
	entry.lastStartedAt = Date.now();
	entry.builds++;
	const started = performance.now();
	const building = build(db, entry)
		.then((value) => {
			entry.value = value;
			logger.debug(
				{ ms: Math.round(performance.now() - started), longestSliceMs: entry.longestSliceMs },
				'recommendation index rebuilt'
			);
			return value;
		})
		.finally(() => {
			entry.building = null;
			if (entry.dirty) schedule(db, entry);
		});
	entry.building = building;
	building.catch((err: unknown) => logger.error({ err }, 'recommendation index rebuild failed'));
	return building;
}

/** A rebuild soon: after the debounce, and no sooner than one interval after the last one. */
function schedule(db: Db, entry: Entry): void {
	if (entry.timer || !live.has(entry)) return;
	if (entry.building) {
		entry.dirty = true;
		return;
	}
	const wait = Math.max(DEBOUNCE_MS, entry.lastStartedAt + REBUILD_INTERVAL_MS - Date.now());
	entry.timer = setTimeout(() => {
		entry.timer = null;
		if (entry.building) entry.dirty = true;
		else void startBuild(db, entry).catch(() => undefined);
	}, wait);
	entry.timer.unref();
}

/** A profile changed: the index is rebuilt in the background; requests keep the old one. */
export function invalidateRecommendations(db: Db): void {
	const entry = entryOf(db);
	entry.dirty = true;
	schedule(db, entry);
}

/** The last built index; only the very first request of a process waits for a build. */
async function current(db: Db): Promise<Cached> {
	const entry = entryOf(db);
	live.add(entry);
	if (entry.value) {
		if (Date.now() - entry.value.builtAt > MAX_AGE_MS) schedule(db, entry);
		return entry.value;
	}
	return entry.building ?? startBuild(db, entry);
}

/** Figures of the last build, for tests and logs. */
export function recommendationBuildFigures(db: Db) {
	const entry = entries.get(db);
	return entry
		? {
				builtAt: entry.value?.builtAt ?? null,
				longestSliceMs: entry.longestSliceMs,
				builds: entry.builds,
				building: entry.building !== null
			}
		: null;
}

/** On shutdown: no more scheduled rebuilds. */
export function stopRecommendationRebuilds(): void {
	for (const entry of live) {
		if (entry.timer) clearTimeout(entry.timer);
		entry.timer = null;
	}
	live.clear();
}

export interface RecommendationFilters {
	kind: string[];
	sector: string[];
	country: string[];
}

export interface RecommendedPartner {
	partner: ParticipantCard;
	score: number;
	reasons: MatchReason[];
}

/** Everyone the user has a live or declined request with, in either direction. */
async function alreadyInContact(db: Db, userId: number): Promise<Set<number>> {
	const rows = await db
		.selectFrom('meeting_request')
		.select(['from_user_id', 'to_user_id'])
		.where((eb) => eb.or([eb('from_user_id', '=', userId), eb('to_user_id', '=', userId)]))
		.where('status', 'in', ['pending', 'accepted', 'declined'])
		.execute();
	return new Set(rows.map((r) => (r.from_user_id === userId ? r.to_user_id : r.from_user_id)));
}

export async function recommendationsFor(
	db: Db,
	userId: number,
	filters: RecommendationFilters,
	limit = 20
): Promise<RecommendedPartner[]> {
	const [{ index, cards }, exclude] = await Promise.all([
		current(db),
		alreadyInContact(db, userId)
	]);
	// Colleagues meet at the office, not at a business-meeting table.
	const own = cards.get(userId)?.organisation?.id;
	if (own !== undefined)
		for (const card of cards.values()) if (card.organisation?.id === own) exclude.add(card.userId);
	const found = recommend(index, userId, {
		limit,
		filter: { kinds: filters.kind, sectors: filters.sector, countries: filters.country, exclude }
	});
	return found.map((r) => ({ partner: cards.get(r.id)!, score: r.score, reasons: r.reasons }));
}

/** Countries present among opted-in participants, for the filter list. */
export async function recommendationFacets(db: Db): Promise<{ countries: string[] }> {
	const { cards } = await current(db);
	const countries = new Set<string>();
	for (const c of cards.values()) if (c.organisation) countries.add(c.organisation.country);
	return { countries: [...countries].sort() };
}
