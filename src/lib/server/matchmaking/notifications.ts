/** The in-app list of notices (the `notification` table) and its unread count for the header. */
import type { Db } from '../db/client';
import type { NotificationPayload } from './notify';
import { linkFor } from './notify';

export interface NoticeView {
	id: number;
	kind: string;
	payload: NotificationPayload;
	createdAt: number;
	read: boolean;
	href: string;
}

export async function unreadCount(db: Db, userId: number): Promise<number> {
	const row = await db
		.selectFrom('notification')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

function parsePayload(text: string): NotificationPayload {
	try {
		const value = JSON.parse(text) as Partial<NotificationPayload>;
		return { ...value, partner: typeof value.partner === 'string' ? value.partner : '' };
	} catch {
		return { partner: '' };
	}
}

export async function listNotices(db: Db, userId: number, limit = 50): Promise<NoticeView[]> {
	const rows = await db
		.selectFrom('notification')
		.select(['id', 'kind', 'payload', 'created_at', 'read_at'])
		.where('user_id', '=', userId)
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		payload: parsePayload(r.payload),
		createdAt: r.created_at,
		read: r.read_at !== null,
		href: linkFor(r.kind)
	}));
}

export async function markAllRead(db: Db, userId: number): Promise<void> {
	await db
		.updateTable('notification')
		.set({ read_at: Math.floor(Date.now() / 1000) })
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.execute();
}
