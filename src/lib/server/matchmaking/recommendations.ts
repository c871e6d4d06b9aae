/** Recommendations for a signed-in participant, from an index rebuilt when profiles change. */
import {
	buildMatchIndex,
	providersFor,
	recommend,
	type MatchIndex,
	type MatchReason,
	type Recommendation
} from '../../domain/scoring';
import { commonTimePartners } from './availability';
import { blockedPeople } from './rules';
import type { Db } from '../db/client';
import { listParticipants, type ParticipantCard } from './participants';

interface Cached {
	index: MatchIndex;
	cards: Map<number, ParticipantCard>;
	builtAt: number;
}

/** Profiles change rarely; a minute of staleness for others' edits is fine, own edits invalidate. */
const MAX_AGE_MS = 60_000;
const cache = new WeakMap<Db, Promise<Cached>>();

export function invalidateRecommendations(db: Db): void {
	cache.delete(db);
}

async function build(db: Db): Promise<Cached> {
	const { cards, scoring } = await listParticipants(db);
	return {
		index: buildMatchIndex(scoring),
		cards: new Map(cards.map((c) => [c.userId, c])),
		builtAt: Date.now()
	};
}

async function current(db: Db): Promise<Cached> {
	let entry = cache.get(db);
	if (entry) {
		const value = await entry;
		if (Date.now() - value.builtAt <= MAX_AGE_MS) return value;
	}
	entry = build(db);
	cache.set(db, entry);
	entry.catch(() => cache.delete(db));
	return entry;
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
