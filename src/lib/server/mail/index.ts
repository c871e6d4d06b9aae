import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client';
import { dialectOf } from '../db/portable';
import { readConfig } from '../config';
import { logger } from '../log';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
}

const FROM = process.env.MAIL_FROM?.trim() || 'EXTEMIN Connect <no-reply@extemin.pe>';

const seconds = (name: string, fallback: number) => {
	const value = Number(process.env[name]);
	return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** Delivery settings (docs/background-jobs.md); the environment overrides them for tests. */
export const MAIL_DELIVERY = {
	/** How long a sender owns the rows it claimed; after that another sender may take them. */
	claimSeconds: seconds('MAIL_CLAIM_SECONDS', 120),
	/** First retry after this many seconds, doubling each attempt, at most `maxDelaySeconds`. */
	retrySeconds: seconds('MAIL_RETRY_SECONDS', 30),
	maxDelaySeconds: 3600,
	/** After this many failed attempts the mail is `failed` until an organiser retries it. */
	maxAttempts: seconds('MAIL_MAX_ATTEMPTS', 8),
	batch: 10,
	pollMs: seconds('MAIL_POLL_SECONDS', 2) * 1000
};

const now = () => Math.floor(Date.now() / 1000);

/**
 * A header value (To, Subject) on one line: CR, LF and every other control character become a
 * space, so a name typed with line breaks cannot add headers or split the subject.
 */
export function headerValue(value: string): string {
	// eslint-disable-next-line no-control-regex -- stripping control characters is the point
	return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/**
 * The one way the platform sends email: it writes the mail row, in the caller's transaction
 * when given one, and nothing else, so a request never waits on SMTP. With SMTP_URL set the
 * row is `queued` and the background sender (startMailSender) delivers it after commit; without
 * it the row is `stored` and organisers read the copy on /admin/mail.
 */
export async function sendMail(db: Db, outgoing: OutgoingMail): Promise<void> {
	const mail = {
		...outgoing,
		to: headerValue(outgoing.to),
		subject: headerValue(outgoing.subject)
	};
	const queued = readConfig().smtpUrl !== null;
	await db
		.insertInto('mail')
		.values({
			to_address: mail.to,
			subject: mail.subject,
			body_text: mail.text,
			state: queued ? 'queued' : 'stored'
		})
		.execute();
	if (queued) pokeSender();
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

/** An organiser's retry of a failed mail: queued again, due now, attempts from zero. */
export async function retryMail(db: Db, id: number): Promise<boolean> {
	const result = await db
		.updateTable('mail')
		.set({
			state: 'queued',
			attempts: 0,
			next_attempt_at: 0,
			claimed_until: null,
			claim_token: null
		})
		.where('id', '=', id)
		.where('state', '=', 'failed')
		.executeTakeFirst();
	const changed = Number(result.numUpdatedRows) > 0;
	if (changed) pokeSender();
	return changed;
}

export interface ClaimedMail {
	id: number;
	to_address: string;
	subject: string;
	body_text: string;
	attempts: number;
}

/**
 * Claims up to `limit` due mails for `token` in one atomic UPDATE ... RETURNING: a row is
 * due when it is queued, its next attempt has come, and nobody holds an unexpired claim on it.
 * The outer WHERE repeats the test, so two senders racing on one row cannot both win: on
 * SQLite the statement runs under the single write lock; on PostgreSQL the loser's UPDATE
 * re-checks the row after the winner commits, and the inner SELECT takes
 * `FOR UPDATE SKIP LOCKED` so that concurrent senders claim different rows instead of waiting.
 */
export async function claimDueMail(db: Db, token: string, limit: number): Promise<ClaimedMail[]> {
	const t = now();
	const due = db
		.selectFrom('mail')
		.select('id')
		.where('state', '=', 'queued')
		.where('next_attempt_at', '<=', t)
		.where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', t)]))
		.orderBy('id')
		.limit(limit);
	return db
		.updateTable('mail')
		.set((eb) => ({
			claim_token: token,
			claimed_until: t + MAIL_DELIVERY.claimSeconds,
			attempts: eb('attempts', '+', 1)
		}))
		.where('id', 'in', dialectOf(db) === 'postgres' ? due.forUpdate().skipLocked() : due)
		.where('state', '=', 'queued')
		.where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', t)]))
		.returning(['id', 'to_address', 'subject', 'body_text', 'attempts'])
		.execute();
}

/** Delay before attempt `attempts + 1`: retrySeconds, doubling, capped. */
export function retryDelaySeconds(attempts: number): number {
	return Math.min(
		MAIL_DELIVERY.maxDelaySeconds,
		MAIL_DELIVERY.retrySeconds * 2 ** Math.max(0, attempts - 1)
	);
}

interface SenderState {
	db: Db;
	token: string;
	transporter: Transporter;
	timer: ReturnType<typeof setInterval>;
	running: Promise<void> | null;
	again: boolean;
	inFlight: Set<Promise<void>>;
}

let sender: SenderState | null = null;

/** An SMTP refusal of the message itself (5xx) will not get better by retrying. */
function isPermanent(err: unknown): boolean {
	const code = (err as { responseCode?: unknown })?.responseCode;
	return typeof code === 'number' && code >= 500 && code < 600;
}

async function deliver(s: SenderState, mail: ClaimedMail): Promise<void> {
	try {
		await s.transporter.sendMail({
			from: FROM,
			to: mail.to_address,
			subject: mail.subject,
			text: mail.body_text
		});
		await s.db
			.updateTable('mail')
			.set({ state: 'sent', sent_at: now(), error: null, claimed_until: null, claim_token: null })
			.where('id', '=', mail.id)
			.where('claim_token', '=', s.token)
			.execute();
	} catch (err) {
		const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
		const final = isPermanent(err) || mail.attempts >= MAIL_DELIVERY.maxAttempts;
		logger.warn(
			{ err, mailId: mail.id, attempts: mail.attempts, final },
			final ? 'mail delivery failed for good' : 'mail delivery failed, will retry'
		);
		await s.db
			.updateTable('mail')
			.set({
				state: final ? 'failed' : 'queued',
				error: message,
				next_attempt_at: now() + retryDelaySeconds(mail.attempts),
				claimed_until: null,
				claim_token: null
			})
			.where('id', '=', mail.id)
			.where('claim_token', '=', s.token)
			.execute()
			.catch((e: unknown) => logger.error({ err: e, mailId: mail.id }, 'mail state not saved'));
	}
}

async function senderLoop(s: SenderState): Promise<void> {
	do {
		s.again = false;
		if (sender !== s) return;
		let claimed: ClaimedMail[];
		try {
			claimed = await claimDueMail(s.db, s.token, MAIL_DELIVERY.batch);
		} catch (err) {
			logger.warn({ err }, 'mail claim failed; the next poll retries');
			return;
		}
		// Each mail goes on its own; a slow SMTP server delays only its own mails.
		for (const mail of claimed) {
			const job = deliver(s, mail).finally(() => {
				s.inFlight.delete(job);
				if (sender === s) pokeSender();
			});
			s.inFlight.add(job);
		}
		if (claimed.length === MAIL_DELIVERY.batch && s.inFlight.size < 4 * MAIL_DELIVERY.batch)
			s.again = true;
	} while (s.again);
}

/** Asks the sender for a pass soon (after the caller's transaction commits). */
function pokeSender(): void {
	const s = sender;
	if (!s) return;
	if (s.running) {
		s.again = true;
		return;
	}
	setTimeout(() => {
		if (sender !== s || s.running) return;
		s.running = senderLoop(s).finally(() => (s.running = null));
	}, 20).unref();
}

/**
 * Starts this process's mail sender: every few seconds (and soon after each sendMail) it
 * claims due rows and delivers them. Several processes may run one on the same database.
 * Without SMTP_URL there is nothing to deliver and it does not start.
 */
export function startMailSender(db: Db, smtpUrl: string | null = readConfig().smtpUrl): void {
	if (!smtpUrl) return;
	const previous = sender;
	if (previous) clearInterval(previous.timer);
	const s: SenderState = {
		db,
		token: randomUUID(),
		transporter: nodemailer.createTransport(smtpUrl, {
			connectionTimeout: 5_000,
			greetingTimeout: 10_000,
			socketTimeout: 10_000
		}),
		timer: setInterval(() => pokeSender(), MAIL_DELIVERY.pollMs),
		running: null,
		again: false,
		inFlight: new Set()
	};
	s.timer.unref();
	sender = s;
	pokeSender();
}

/**
 * Stops the sender: no new claims; sends in flight get `graceMs` to finish, then the claims
 * of this process are released so that the next start (or another process) sends them at
 * once instead of waiting for the claim to expire.
 */
export async function stopMailSender(graceMs = 2_000): Promise<void> {
	const s = sender;
	sender = null;
	if (!s) return;
	clearInterval(s.timer);
	await s.running;
	let timer: ReturnType<typeof setTimeout> | undefined;
	await Promise.race([
		Promise.allSettled([...s.inFlight]),
		new Promise((r) => (timer = setTimeout(r, graceMs)))
	]);
	clearTimeout(timer);
	await s.db
		.updateTable('mail')
		.set({ claimed_until: null, claim_token: null })
		.where('claim_token', '=', s.token)
		.where('state', '=', 'queued')
		.execute()
		.catch((err: unknown) => logger.warn({ err }, 'mail claims not released'));
	s.transporter.close();
}
