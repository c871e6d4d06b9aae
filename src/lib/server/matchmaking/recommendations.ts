/**
 * Recommendations for a signed-in participant, from a shared index built in the background.
 * Requests always read the last built index; a profile change asks for a rebuild, and a flood
 * of changes makes at most one rebuild per REBUILD_INTERVAL_MS (docs/background-jobs.md). The
 * build reads participants page by page and builds the index in slices, yielding to the
 * event loop between them, so that no slice holds the loop for more than a few milliseconds.
 */
import {
	buildMatchIndexSteps,
	providersFor,
	recommend,
	type MatchIndex,
	type MatchReason,
	type Recommendation
} from '../../domain/scoring';
import { commonTimePartners } from './availability';
import { blockedPeople } from './rules';
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
	/** False when the two have no free slot in common: shown, but ranked after those who do. */
	commonTime: boolean;
}

/** Of the first recommendations, how many a small producer is guaranteed to see providers in. */
const PRODUCER_TOP = 10;
const PRODUCER_PROVIDERS = 4;

/**
 * A small producer's first ten include the best providers of what they seek (up to four),
 * whatever their text similarity: the platform promises them tools, not look-alikes.
 */
function withProviders(
	found: Recommendation[],
	providers: Recommendation[],
	free: Set<number>
): Recommendation[] {
	const top = found.slice(0, PRODUCER_TOP);
	const have = new Set(top.map((r) => r.id));
	const missing = providers.filter((p) => !have.has(p.id)).slice(0, PRODUCER_PROVIDERS);
	const providerIds = new Set(providers.map((p) => p.id));
	let alreadyIn = top.filter((r) => providerIds.has(r.id)).length;
	for (const p of missing) {
		if (alreadyIn >= PRODUCER_PROVIDERS) break;
		const drop = top.findLastIndex((r) => !providerIds.has(r.id));
		if (top.length >= PRODUCER_TOP && drop >= 0) top.splice(drop, 1);
		top.push(p);
		alreadyIn++;
	}
	const rank = (r: Recommendation) => (free.has(r.id) ? 0 : 1);
	top.sort((a, b) => rank(a) - rank(b) || b.score - a.score || a.id - b.id);
	const shown = new Set(top.map((r) => r.id));
	return [...top, ...found.filter((r) => !shown.has(r.id))];
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
	const [{ index, cards }, exclude, blocked] = await Promise.all([
		current(db),
		alreadyInContact(db, userId),
		blockedPeople(db, userId)
	]);
	for (const id of blocked) exclude.add(id);
	// Colleagues meet at the office, not at a business-meeting table.
	const own = cards.get(userId)?.organisation?.id;
	if (own !== undefined)
		for (const card of cards.values()) if (card.organisation?.id === own) exclude.add(card.userId);
	const filter = {
		kinds: filters.kind,
		sectors: filters.sector,
		countries: filters.country,
		exclude
	};
	// A margin beyond `limit`: pairs with no common time move down, others move up.
	const found = recommend(index, userId, { limit: limit + 20, filter });
	const producer = cards.get(userId)?.organisation?.kind === 'small-producer';
	const providers = producer
		? providersFor(index, userId, PRODUCER_PROVIDERS * 3, { exclude }).filter((p) =>
				passesFilters(cards.get(p.id), filters)
			)
		: [];
	const free = await commonTimePartners(db, userId, [
		...new Set([...found, ...providers].map((r) => r.id))
	]);
	const byTime = (list: Recommendation[]) => [
		...list.filter((r) => free.has(r.id)),
		...list.filter((r) => !free.has(r.id))
	];
	const ordered = producer ? withProviders(byTime(found), byTime(providers), free) : byTime(found);
	return ordered.slice(0, limit).map((r) => ({
		partner: cards.get(r.id)!,
		score: r.score,
		reasons: r.reasons,
		commonTime: free.has(r.id)
	}));
}

function passesFilters(card: ParticipantCard | undefined, filters: RecommendationFilters): boolean {
	if (!card) return false;
	const org = card.organisation;
	if (filters.kind.length && !(org && filters.kind.includes(org.kind))) return false;
	if (filters.country.length && !(org && filters.country.includes(org.country))) return false;
	if (filters.sector.length && !card.sectors.some((x) => filters.sector.includes(x))) return false;
	return true;
}

/** Countries present among opted-in participants, for the filter list. */
export async function recommendationFacets(db: Db): Promise<{ countries: string[] }> {
	const { cards } = await current(db);
	const countries = new Set<string>();
	for (const c of cards.values()) if (c.organisation) countries.add(c.organisation.country);
	return { countries: [...countries].sort() };
}
