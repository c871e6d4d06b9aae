import type { Db } from '../db/client';
import { sendMail } from '../mail';

export type NotificationKind =
	| 'request-received'
	| 'request-accepted'
	| 'request-declined'
	| 'request-cancelled'
	| 'meeting-booked'
	| 'meeting-cancelled'
	| 'meeting-moved';

const SUBJECTS: Record<NotificationKind, { es: string; en: string }> = {
	'request-received': { es: 'Nueva solicitud de reunión', en: 'New meeting request' },
	'request-accepted': {
		es: 'Su solicitud de reunión fue aceptada',
		en: 'Your meeting request was accepted'
	},
	'request-declined': {
		es: 'Su solicitud de reunión fue rechazada',
		en: 'Your meeting request was declined'
	},
	'request-cancelled': {
		es: 'Una solicitud de reunión fue cancelada',
		en: 'A meeting request was cancelled'
	},
	'meeting-booked': { es: 'Reunión agendada', en: 'Meeting booked' },
	'meeting-cancelled': { es: 'Reunión cancelada', en: 'Meeting cancelled' },
	'meeting-moved': { es: 'Reunión reprogramada', en: 'Meeting rescheduled' }
};

/**
 * An in-app notification and a mail for `userId`, in their preferred language. Called inside
 * the booking transaction so the notification exists exactly when the change does.
 */
export async function notify(
	db: Db,
	userId: number,
	kind: NotificationKind,
	payload: { partner: string; when?: string; table?: number; reason?: string | null }
): Promise<void> {
	await db
		.insertInto('notification')
		.values({ user_id: userId, kind, payload: JSON.stringify(payload) })
		.execute();
	const user = await db
		.selectFrom('user')
		.select(['email', 'locale'])
		.where('id', '=', userId)
		.executeTakeFirst();
	if (!user) return;
	const subject = `${SUBJECTS[kind][user.locale]}: ${payload.partner}`;
	const lines = [
		subject,
		payload.when ? `${user.locale === 'es' ? 'Cuándo' : 'When'}: ${payload.when}` : '',
		payload.table ? `${user.locale === 'es' ? 'Mesa' : 'Table'} ${payload.table}` : '',
		payload.reason ? `${user.locale === 'es' ? 'Motivo' : 'Reason'}: ${payload.reason}` : '',
		'',
		user.locale === 'es'
			? 'Revise sus solicitudes y su agenda en EXTEMIN Connect: /matchmaking/requests'
			: 'See your requests and agenda on EXTEMIN Connect: /matchmaking/requests'
	];
	await sendMail(db, {
		to: user.email,
		subject,
		text: lines.filter((l, i) => l || i > 3).join('\n')
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
