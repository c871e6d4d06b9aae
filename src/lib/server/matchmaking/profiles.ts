/** Opting in and out, and the matchmaking profile with its availability. */
import { parseList } from '../../domain/text';
import { writeTransaction, type Db } from '../db/client';
import { invalidateRecommendations } from './recommendations';

export interface ProfileDetails {
	/** Investors: ticket size in USD, stage. */
	ticketSize?: string;
	stage?: string;
	/** Small producers: vocabulary keys of their needs. */
	needs?: string[];
}

export interface ProfileInput {
	headline: string;
	offers: string[];
	seeks: string[];
	sectors: string[];
	languages: string[];
	maxMeetings: number | null;
	details: ProfileDetails;
	/** Slot ids; empty = available in every slot. */
	availability: number[];
}

export interface Profile extends ProfileInput {
	userId: number;
}

export async function findProfile(db: Db, userId: number): Promise<Profile | undefined> {
	const row = await db
		.selectFrom('match_profile')
		.selectAll()
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (!row) return undefined;
	const slots = await db
		.selectFrom('match_availability')
		.select('slot_id')
		.where('user_id', '=', userId)
		.execute();
	let details: ProfileDetails = {};
	try {
		details = JSON.parse(row.details) as ProfileDetails;
	} catch {
		// A malformed details column reads as empty rather than breaking the page.
	}
	return {
		userId,
		headline: row.headline,
		offers: parseList(row.offers),
		seeks: parseList(row.seeks),
		sectors: parseList(row.sectors),
		languages: parseList(row.languages),
		maxMeetings: row.max_meetings,
		details,
		availability: slots.map((s) => s.slot_id)
	};
}

/** Creates or replaces the profile and its availability in one transaction. */
export async function saveProfile(db: Db, userId: number, input: ProfileInput): Promise<void> {
	const values = {
		headline: input.headline,
		offers: JSON.stringify(input.offers),
		seeks: JSON.stringify(input.seeks),
		sectors: JSON.stringify(input.sectors),
		languages: JSON.stringify(input.languages),
		max_meetings: input.maxMeetings,
		details: JSON.stringify(input.details)
	};
	await writeTransaction(db, async (trx) => {
		await trx
			.insertInto('match_profile')
			.values({ user_id: userId, ...values })
			.onConflict((oc) => oc.column('user_id').doUpdateSet(values))
			.execute();
		await trx.deleteFrom('match_availability').where('user_id', '=', userId).execute();
		const known = input.availability.length
			? await trx
					.selectFrom('meeting_slot')
					.select('id')
					.where('id', 'in', input.availability)
					.execute()
			: [];
		if (known.length) {
			await trx
				.insertInto('match_availability')
				.values(known.map((s) => ({ user_id: userId, slot_id: s.id })))
				.execute();
		}
	});
	invalidateRecommendations(db);
}

/**
 * Leaves matchmaking: the profile and availability go, so nobody can find or request this
 * person any more. Requests and meetings already made stay, to be cancelled one by one.
 */
export async function optOut(db: Db, userId: number): Promise<void> {
	await db.deleteFrom('match_profile').where('user_id', '=', userId).execute();
	invalidateRecommendations(db);
}

export interface EventSlot {
	id: number;
	dayId: number;
	date: string;
	startsAt: number;
	endsAt: number;
}

export function listSlots(db: Db): Promise<EventSlot[]> {
	return db
		.selectFrom('meeting_slot as s')
		.innerJoin('meeting_day as d', 'd.id', 's.day_id')
		.select([
			's.id',
			's.day_id as dayId',
			'd.date',
			's.starts_at as startsAt',
			's.ends_at as endsAt'
		])
		.orderBy('s.starts_at')
		.execute();
}
