import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client';
import { readConfig } from '../config';
import { logger } from '../log';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
}

const FROM = process.env.MAIL_FROM?.trim() || 'EXTEMIN Connect <no-reply@extemin.pe>';

let transport: { url: string; transporter: Transporter } | null = null;

function transporterFor(url: string): Transporter {
	if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
	return transport.transporter;
}

/**
 * A header value (To, Subject) on one line: CR, LF and every other control character become a
 * space, so a name typed with line breaks cannot add headers or split the subject.
 */
export function headerValue(value: string): string {
	// eslint-disable-next-line no-control-regex -- stripping control characters is the point
	return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/**
 * The one way the platform sends email. Every message is recorded in the `mail` table; with
 * SMTP_URL set it is also sent by SMTP (sent_at or error recorded), without it the stored copy
 * is the delivery and organisers read it on /admin/mail. A failed SMTP send never fails the
 * request that caused it: the copy and its error stay in the outbox.
 */
export async function sendMail(db: Db, outgoing: OutgoingMail): Promise<void> {
	const mail = {
		...outgoing,
		to: headerValue(outgoing.to),
		subject: headerValue(outgoing.subject)
	};
	const row = await db
		.insertInto('mail')
		.values({ to_address: mail.to, subject: mail.subject, body_text: mail.text })
		.returning('id')
		.executeTakeFirstOrThrow();
	const smtpUrl = readConfig().smtpUrl;
	if (!smtpUrl) return;
	try {
		await transporterFor(smtpUrl).sendMail({ from: FROM, ...mail });
		await db
			.updateTable('mail')
			.set({ sent_at: Math.floor(Date.now() / 1000) })
			.where('id', '=', row.id)
			.execute();
	} catch (err) {
		logger.error({ err, mailId: row.id }, 'smtp send failed');
		await db
			.updateTable('mail')
			.set({ error: err instanceof Error ? err.message.slice(0, 500) : 'send failed' })
			.where('id', '=', row.id)
			.execute();
	}
}

export function findMail(db: Db, id: number) {
	return db.selectFrom('mail').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listMail(db: Db, limit = 100, offset = 0) {
	return db
		.selectFrom('mail')
		.selectAll()
		.orderBy('id', 'desc')
		.limit(limit)
		.offset(offset)
		.execute();
}
