/** Recommendations for a signed-in participant, from an index rebuilt when profiles change. */
import {
	buildMatchIndex,
	recommend,
	type MatchIndex,
	type MatchReason
} from '../../domain/scoring';
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
