/** Requests a person sent and received, with the meeting or the slots still open to book. */
import type { Db } from '../db/client';
import type { RequestStatus } from '../db/schema';
import { bookableSlots, toOptions } from './booking';
import type { SlotOption } from './errors';

export interface RequestView {
	id: number;
	direction: 'incoming' | 'outgoing';
	status: RequestStatus;
	message: string;
	reason: string | null;
	createdAt: number;
	partner: { userId: number; name: string; organisation: string | null };
	meeting: { meetingId: number; startsAt: number; tableNumber: number } | null;
	/** For an accepted request without a meeting: the three best slots to pick from. */
	options: SlotOption[];
	/** The organiser's scheduler has placed it; participants see it once published. */
	scheduling: boolean;
}

export async function listRequests(db: Db, userId: number): Promise<RequestView[]> {
	const all = await db
		.selectFrom('meeting_request as r')
		.innerJoin('user as u', (join) =>
			join.on((eb) =>
				eb.or([
					eb.and([eb('r.from_user_id', '=', userId), eb('u.id', '=', eb.ref('r.to_user_id'))]),
					eb.and([eb('r.to_user_id', '=', userId), eb('u.id', '=', eb.ref('r.from_user_id'))])
				])
			)
		)
		.leftJoin('meeting as m', (join) =>
			join.onRef('m.request_id', '=', 'r.id').on('m.status', '=', 'active')
		)
		.leftJoin('meeting_slot as s', 's.id', 'm.slot_id')
		.leftJoin('meeting_table as t', 't.id', 'm.table_id')
		.select([
			'r.id',
			'r.from_user_id',
			'r.status',
			'r.message',
			'r.reason',
			'r.created_at',
			'u.id as partnerId',
			'u.name as partnerName',
			'm.id as meetingId',
			'm.placed_by',
			'm.published_at',
			's.starts_at',
			't.number as tableNumber'
		])
		.select((eb) =>
			eb
				.selectFrom('membership as ms')
				.innerJoin('organisation as o', 'o.id', 'ms.organisation_id')
				.select('o.name')
				.whereRef('ms.user_id', '=', 'u.id')
				// Only an approved organisation's name is shown (see participants.ts).
				.where('o.moderation', '=', 'approved')
				.limit(1)
				.as('orgName')
		)
		.orderBy('r.updated_at', 'desc')
		.orderBy('r.id', 'desc')
		.execute();
	return Promise.all(all.map(async (r) => toView(db, userId, r)));
}

type Row = {
	id: number;
	from_user_id: number;
	status: RequestStatus;
	message: string;
	reason: string | null;
	created_at: number;
	partnerId: number;
	partnerName: string;
	orgName: string | null;
	meetingId: number | null;
	placed_by: string | null;
	published_at: number | null;
	starts_at: number | null;
	tableNumber: number | null;
};

async function toView(db: Db, userId: number, r: Row): Promise<RequestView> {
	// A scheduler draft is not shown before it is published, nor offered for booking over.
	const draft = r.meetingId !== null && r.placed_by === 'scheduler' && r.published_at === null;
	const visible = r.meetingId !== null && !draft;
	return {
		id: r.id,
		direction: r.from_user_id === userId ? ('outgoing' as const) : ('incoming' as const),
		status: r.status,
		message: r.message,
		reason: r.reason,
		createdAt: r.created_at,
		partner: { userId: r.partnerId, name: r.partnerName, organisation: r.orgName },
		meeting: visible
			? { meetingId: r.meetingId!, startsAt: r.starts_at!, tableNumber: r.tableNumber! }
			: null,
		options:
			r.status === 'accepted' && r.meetingId === null
				? toOptions(await bookableSlots(db, userId, r.partnerId))
				: [],
		scheduling: draft
	};
}
