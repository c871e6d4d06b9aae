/**
 * Telling people what happened: an in-app notification row and a mail, in the reader's
 * language, written in the caller's transaction so they exist exactly when the change does.
 * Every link is absolute from ORIGIN: a mail client has no page to resolve `/agenda` against.
 */
import { messagesFor } from '../../i18n';
import { readConfig } from '../config';
import type { Db } from '../db/client';
import { sendMail } from '../mail';

export type NotificationKind =
	| 'request-received'
	| 'request-accepted'
	| 'request-declined'
	| 'request-reopened'
	| 'request-cancelled'
	| 'meeting-booked'
	| 'meeting-cancelled'
	| 'meeting-moved'
	| 'schedule-published';

export interface NotificationPayload {
	partner: string;
	when?: string;
	/** The meeting's start, formatted in the reader's language and the event's time zone. */
	startsAt?: number;
	table?: number;
	reason?: string | null;
	/** For a digest: one line per meeting ("martes 21 sep., 09:00 · Mesa 4 · Ana Quispe"). */
	lines?: string[];
}

/** Where each kind of notice sends the reader. */
export function linkFor(kind: string): string {
	return kind.startsWith('request-') ? '/matchmaking/requests' : '/agenda';
}

export function absoluteLink(path: string): string {
	return new URL(path, readConfig().origin).href;
}

async function recipient(db: Db, userId: number) {
	return db
		.selectFrom('user')
		.select(['email', 'locale'])
		.where('id', '=', userId)
		.executeTakeFirst();
}

export async function notify(
	db: Db,
	userId: number,
	kind: NotificationKind,
	payload: NotificationPayload
): Promise<void> {
	await db
		.insertInto('notification')
		.values({ user_id: userId, kind, payload: JSON.stringify(payload) })
		.execute();
	const user = await recipient(db, userId);
	if (!user) return;
	const t = messagesFor(user.locale).matchmaking.mail;
	const subject = t.subject(kind, payload.partner);
	const when = payload.startsAt ? formatWhen(payload.startsAt, user.locale) : payload.when;
	const lines = [
		subject,
		...(payload.lines ?? []),
		when ? `${t.when}: ${when}` : '',
		payload.table ? `${t.table} ${payload.table}` : '',
		payload.reason ? `${t.reason}: ${payload.reason}` : '',
		'',
		`${t.seeMore}: ${absoluteLink(linkFor(kind))}`
	];
	await sendMail(db, {
		to: user.email,
		subject,
		text: lines.filter((l, i) => l || i === lines.length - 2).join('\n')
	});
}

/** "martes 21 sep., 09:00" in the event's time zone, for mails. */
export function formatWhen(startsAt: number, locale: 'es' | 'en'): string {
	return new Intl.DateTimeFormat(locale === 'es' ? 'es-PE' : 'en-GB', {
		weekday: 'long',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'America/Lima'
	}).format(new Date(startsAt * 1000));
}
