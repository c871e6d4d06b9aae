import { messagesFor, type Messages } from '../../i18n';
import type { Db } from '../db/client';
import { readConfig } from '../config';
import {
	findUserByEmail,
	findUserById,
	insertUser,
	markEmailVerified,
	normaliseEmail,
	updateUserPassword
} from '../db/queries/accounts';
import { sendMail } from '../mail';
import { revokeCalendarToken } from '../matchmaking/calendar';
import { hashPassword } from './password';
import {
	collect,
	emailError,
	failure,
	nameError,
	passwordError,
	tooManyAttempts,
	type Outcome
} from './forms';
import { invalidateUserSessions } from './session';
import {
	RESET_ACCOUNT,
	RESET_IP,
	VERIFY_ACCOUNT,
	VERIFY_IP,
	recordAttempt,
	spendAttempt,
	throttleKey,
	throttleWait
} from './throttle';
import { consumeToken, findLiveToken, issueToken } from './tokens';

/** Links in mail use the configured ORIGIN, never the request's Host header. */
function link(path: string): string {
	return new URL(path, readConfig().origin).href;
}

function letter(t: Messages, name: string, body: string): string {
	return [
		t.auth.mail.greeting(name),
		'',
		body,
		'',
		t.auth.mail.ignore,
		'',
		t.auth.mail.signature
	].join('\n');
}

export async function sendVerificationEmail(db: Db, userId: number): Promise<void> {
	const user = await findUserById(db, userId);
	if (!user || user.email_verified_at !== null) return;
	const token = await issueToken(db, { kind: 'verify-email', userId: user.id, email: user.email });
	const t = messagesFor(user.locale);
	await sendMail(db, {
		to: user.email,
		subject: t.auth.mail.verifySubject,
		text: letter(t, user.name, t.auth.mail.verifyBody(link(`/verify-email?token=${token}`)))
	});
}

/** "Send the link again", throttled per account and per client address. */
export async function resendVerificationEmail(
	db: Db,
	input: { userId: number; ip: string },
	t: Messages,
	now = Date.now()
): Promise<Outcome<null>> {
	const wait = await spendAttempt(
		db,
		[
			[throttleKey.verifyAccount(input.userId), VERIFY_ACCOUNT],
			[throttleKey.verifyIp(input.ip), VERIFY_IP]
		],
		now
	);
	if (wait > 0) return tooManyAttempts(t, wait);
	await sendVerificationEmail(db, input.userId);
	return { ok: true, value: null };
}

/** A sign-up with a taken address: the owner learns of it, the visitor sees the usual answer. */
export async function sendAccountExistsEmail(db: Db, rawEmail: string): Promise<void> {
	const user = await findUserByEmail(db, rawEmail);
	if (!user || user.disabled_at !== null) return;
	const t = messagesFor(user.locale);
	await sendMail(db, {
		to: user.email,
		subject: t.trust.accountExists.subject,
		text: letter(t, user.name, t.trust.accountExists.body(link('/login'), link('/forgot-password')))
	});
}

/** Confirms the email the token was issued for; false when the token is not live. */
export async function verifyEmail(db: Db, token: string, now = Date.now()): Promise<boolean> {
	const row = await consumeToken(db, 'verify-email', token, now);
	if (!row?.user_id) return false;
	const user = await findUserById(db, row.user_id);
	// The address changed since the link was sent: the link no longer proves anything.
	if (!user || user.email !== row.email) return false;
	await markEmailVerified(db, user.id, Math.floor(now / 1000));
	return true;
}

/**
 * Sends a reset link when the account exists. The answer is the same either way; requests
 * are throttled per typed email and per address, whether or not the account exists.
 */
export async function requestPasswordReset(
	db: Db,
	input: { email: string; ip: string },
	t: Messages,
	now = Date.now()
): Promise<Outcome<null>> {
	const email = normaliseEmail(input.email);
	const invalid = emailError(email, t);
	if (invalid) return failure({ email: invalid });
	const keys = [throttleKey.resetAccount(email), throttleKey.resetIp(input.ip)];
	const wait = await throttleWait(db, keys, now);
	if (wait > 0) return tooManyAttempts(t, wait);
	await recordAttempt(db, keys[0], RESET_ACCOUNT, now);
	await recordAttempt(db, keys[1], RESET_IP, now);

	const user = await findUserByEmail(db, email);
	if (user && user.disabled_at === null) {
		const token = await issueToken(db, { kind: 'reset-password', userId: user.id, email }, now);
		const mt = messagesFor(user.locale);
		await sendMail(db, {
			to: user.email,
			subject: mt.auth.mail.resetSubject,
			text: letter(mt, user.name, mt.auth.mail.resetBody(link(`/reset-password?token=${token}`)))
		});
	}
	return { ok: true, value: null };
}

export async function isResetTokenLive(db: Db, token: string): Promise<boolean> {
	return (await findLiveToken(db, 'reset-password', token)) !== null;
}

/** Sets a new password from a reset link and ends every session of the account. */
export async function resetPassword(
	db: Db,
	token: string,
	password: string,
	t: Messages
): Promise<Outcome<number>> {
	const live = await findLiveToken(db, 'reset-password', token);
	const user = live?.user_id ? await findUserById(db, live.user_id) : undefined;
	if (!live || !user) return failure({ form: t.auth.reset.invalid });
	const problem = passwordError(password, t, [user.email, user.name]);
	if (problem) return failure({ password: problem });
	if (!(await consumeToken(db, 'reset-password', token)))
		return failure({ form: t.auth.reset.invalid });

	await updateUserPassword(db, user.id, await hashPassword(password));
	await invalidateUserSessions(db, user.id);
	await revokeCalendarToken(db, user.id);
	// Receiving the link proves the address.
	await markEmailVerified(db, user.id, Math.floor(Date.now() / 1000));
	return { ok: true, value: user.id };
}

/**
 * `extemin create-organiser`: an invitation, not a promotion (docs/security.md,
 * "Provisioning"). The organiser role comes only with the setup link, used by whoever holds
 * it. An account that already has the address (anyone may have signed up with it) loses its
 * sessions, its feed URL and its password now, so whoever registered it first cannot act on it;
 * the link sets the new password. Returns the link.
 */
export async function createOrganiserSetupLink(db: Db, rawEmail: string): Promise<string> {
	const email = normaliseEmail(rawEmail);
	if (emailError(email, messagesFor('en'))) throw new Error(`"${rawEmail}" is not a valid email`);
	const user = await findUserByEmail(db, email);
	if (user) {
		await db.updateTable('user').set({ password_hash: null }).where('id', '=', user.id).execute();
		await invalidateUserSessions(db, user.id);
		await revokeCalendarToken(db, user.id);
	}
	const token = await issueToken(db, { kind: 'setup', userId: user?.id ?? null, email });
	return link(`/setup/${token}`);
}

/** Who a live setup link is for: the address, and the account that has it now, if any. */
export async function findSetupAccount(db: Db, token: string) {
	const live = await findLiveToken(db, 'setup', token);
	if (!live?.email) return null;
	// The name is not prefilled from an existing account: whoever registered the address first
	// chose it.
	return { email: live.email, name: '' };
}

/** Completes the organiser setup: name and password, email confirmed, every session ended. */
export async function completeSetup(
	db: Db,
	token: string,
	input: { name: string; password: string },
	t: Messages
): Promise<Outcome<number>> {
	const account = await findSetupAccount(db, token);
	if (!account) return failure({ form: t.auth.setup.invalid });
	const errors = collect({
		name: nameError(input.name, t),
		password: passwordError(input.password, t, [account.email, input.name])
	});
	if (Object.keys(errors).length) return failure(errors);
	if (!(await consumeToken(db, 'setup', token))) return failure({ form: t.auth.setup.invalid });

	const password_hash = await hashPassword(input.password);
	const verifiedAt = Math.floor(Date.now() / 1000);
	let user = await findUserByEmail(db, account.email);
	if (!user) {
		user = await insertUser(db, { email: account.email, name: input.name, password_hash });
	}
	await db
		.updateTable('user')
		.set({ name: input.name, password_hash, role: 'organiser', disabled_at: null })
		.where('id', '=', user.id)
		.execute();
	await markEmailVerified(db, user.id, verifiedAt);
	await invalidateUserSessions(db, user.id);
	await revokeCalendarToken(db, user.id);
	return { ok: true, value: user.id };
}
