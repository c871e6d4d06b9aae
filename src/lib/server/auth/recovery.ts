import { messagesFor, type Messages } from '../../i18n';
import type { Db } from '../db/client';
import { readConfig } from '../config';
import {
	findUserByEmail,
	findUserById,
	insertUser,
	markEmailVerified,
	normaliseEmail,
	updateUserPassword,
	updateUserRole
} from '../db/queries/accounts';
import { sendMail } from '../mail';
import { hashPassword } from './password';
import { collect, emailError, failure, nameError, passwordError, type Outcome } from './forms';
import { invalidateUserSessions } from './session';
import { RESET_ACCOUNT, RESET_IP, recordAttempt, throttleKey, throttleWait } from './throttle';
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
	if (wait > 0) {
		return {
			ok: false,
			status: 429,
			retryAfter: wait,
			errors: { form: t.auth.errors.tooMany(wait) }
		};
	}
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
	// Receiving the link proves the address.
	await markEmailVerified(db, user.id, Math.floor(Date.now() / 1000));
	return { ok: true, value: user.id };
}

/** Creates (or promotes) the organiser with this email and returns a one-time setup link. */
export async function createOrganiserSetupLink(db: Db, rawEmail: string): Promise<string> {
	const email = normaliseEmail(rawEmail);
	if (emailError(email, messagesFor('en'))) throw new Error(`"${rawEmail}" is not a valid email`);
	let user = await findUserByEmail(db, email);
	if (!user) {
		user = await insertUser(db, { email, name: email.split('@')[0], role: 'organiser' });
	} else if (user.role !== 'organiser') {
		await updateUserRole(db, user.id, 'organiser');
	}
	const token = await issueToken(db, { kind: 'setup', userId: user.id, email });
	return link(`/setup/${token}`);
}

export async function findSetupAccount(db: Db, token: string) {
	const live = await findLiveToken(db, 'setup', token);
	return live?.user_id ? ((await findUserById(db, live.user_id)) ?? null) : null;
}

/** Completes the organiser setup: name and password, email confirmed, other sessions ended. */
export async function completeSetup(
	db: Db,
	token: string,
	input: { name: string; password: string },
	t: Messages
): Promise<Outcome<number>> {
	const user = await findSetupAccount(db, token);
	if (!user) return failure({ form: t.auth.setup.invalid });
	const errors = collect({
		name: nameError(input.name, t),
		password: passwordError(input.password, t, [user.email, input.name])
	});
	if (Object.keys(errors).length) return failure(errors);
	if (!(await consumeToken(db, 'setup', token))) return failure({ form: t.auth.setup.invalid });

	await db
		.updateTable('user')
		.set({ name: input.name, password_hash: await hashPassword(input.password), role: 'organiser' })
		.where('id', '=', user.id)
		.execute();
	await markEmailVerified(db, user.id, Math.floor(Date.now() / 1000));
	await invalidateUserSessions(db, user.id);
	return { ok: true, value: user.id };
}
