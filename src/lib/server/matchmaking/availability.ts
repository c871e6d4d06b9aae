/** Whether two people share a future slot where both are available and neither is busy. */
import type { Db } from '../db/client';

/**
 * Of `candidates`, those who share at least one such slot with `userId`. Tables are not
 * counted: the scheduler may still find one, and a full slot today may free up tomorrow.
 * No stated availability means every slot, as everywhere in matchmaking.
 */
export async function commonTimePartners(
	db: Db,
	userId: number,
	candidates: number[]
): Promise<Set<number>> {
	if (candidates.length === 0) return new Set();
	const people = [userId, ...candidates];
	const [slots, availability, busy] = await Promise.all([
		db
			.selectFrom('meeting_slot')
			.select('id')
			.where('starts_at', '>', Math.floor(Date.now() / 1000))
			.execute(),
		db
			.selectFrom('match_availability')
			.select(['user_id', 'slot_id'])
			.where('user_id', 'in', people)
			.execute(),
		db
			.selectFrom('meeting_attendee')
			.select(['user_id', 'slot_id'])
			.where('user_id', 'in', people)
			.where('status', '=', 'active')
			.execute()
	]);
	const all = slots.map((s) => s.id);
	const stated = new Map<number, Set<number>>();
	for (const a of availability) {
		if (!stated.has(a.user_id)) stated.set(a.user_id, new Set());
		stated.get(a.user_id)!.add(a.slot_id);
	}
	const taken = new Map<number, Set<number>>();
	for (const b of busy) {
		if (!taken.has(b.user_id)) taken.set(b.user_id, new Set());
		taken.get(b.user_id)!.add(b.slot_id);
	}
	const freeSlots = (id: number) =>
		all.filter((s) => (stated.get(id)?.has(s) ?? true) && !taken.get(id)?.has(s));
	const mine = new Set(freeSlots(userId));
	const out = new Set<number>();
	for (const id of candidates) if (freeSlots(id).some((s) => mine.has(s))) out.add(id);
	return out;
}
