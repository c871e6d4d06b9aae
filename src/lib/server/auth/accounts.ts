import type { Messages } from '../../i18n';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { Locale } from '../db/schema';
import {
	findUserByEmail,
	findUserById,
	insertUser,
	normaliseEmail,
	updateUserPassword
} from '../db/queries/accounts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
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
import { revokeCalendarToken } from '../matchmaking/calendar';
import {
	LOGIN_ACCOUNT,
	LOGIN_IP,
	SIGNUP_EMAIL,
	SIGNUP_IP,
	clearThrottle,
	recordAttempt,
	spendAttempt,
	throttleKey,
	throttleWait
} from './throttle';

export interface SignUpInput {
	name: string;
	email: string;
	password: string;
	locale: Locale;
}

/**
 * Creates an attendee account, or, when the address already has one, reports nothing of it:
 * the caller answers both the same way and mails the address (a verification link, or a
 * note to the owner). `value` is the new account's id, null for a taken address. Nothing is
 * stored when a field is rejected; valid attempts are throttled per client address and email.
 */
export async function signUp(
	db: Db,
	input: SignUpInput & { ip: string },
	t: Messages,
	now = Date.now()
): Promise<Outcome<number | null>> {
	const email = normaliseEmail(input.email);
	const errors = collect({
		name: nameError(input.name, t),
		email: emailError(email, t),
		password: passwordError(input.password, t, [email, email.split('@')[0], input.name])
	});
	if (Object.keys(errors).length) return failure(errors);
	const wait = await spendAttempt(
		db,
		[
			[throttleKey.signupIp(input.ip), SIGNUP_IP],
			[throttleKey.signupEmail(email), SIGNUP_EMAIL]
		],
		now
	);
	if (wait > 0) return tooManyAttempts(t, wait);

	// Hash first either way, so a taken address does not answer faster.
	const password_hash = await hashPassword(input.password);
	if (await findUserByEmail(db, email)) return { ok: true, value: null };
	try {
		const user = await insertUser(db, {
			email,
			name: input.name,
			password_hash,
			role: 'attendee',
			locale: input.locale
		});
		return { ok: true, value: user.id };
	} catch (err) {
		// UNIQUE(email) lost a race with a parallel sign-up; anything else (a busy database)
		// is not the visitor's fault and must surface as such.
		if (!isUniqueViolation(err)) throw err;
		return { ok: true, value: null };
	}
}

/**
 * Checks a sign-in. The answer, and roughly the time it takes, are the same whether the
 * account exists or not; failures count against the typed email and the client address.
 */
export async function signIn(
	db: Db,
	input: { email: string; password: string; ip: string },
	t: Messages,
	now = Date.now()
): Promise<Outcome<number>> {
	const email = normaliseEmail(input.email);
	const keys = [throttleKey.loginAccount(email), throttleKey.loginIp(input.ip)];
	const wait = await throttleWait(db, keys, now);
	if (wait > 0) {
		return {
			ok: false,
			status: 429,
			retryAfter: wait,
			errors: { form: t.auth.errors.tooMany(wait) }
		};
	}
	const user = email && input.password ? await findUserByEmail(db, email) : undefined;
	const valid =
		user?.password_hash && user.disabled_at === null
			? await verifyPassword(user.password_hash, input.password)
			: await verifyAgainstDummy(input.password);
	if (!valid || !user) {
		await recordAttempt(db, keys[0], LOGIN_ACCOUNT, now);
		await recordAttempt(db, keys[1], LOGIN_IP, now);
		return failure({ form: t.auth.validation.invalidCredentials });
	}
	await clearThrottle(db, keys[0]);
	return { ok: true, value: user.id };
}

export interface PasswordChange {
	current: string;
	next: string;
	endOtherSessions: boolean;
	currentSessionId: string;
}

export async function changePassword(
	db: Db,
	userId: number,
	change: PasswordChange,
	t: Messages
): Promise<Outcome<null>> {
	const user = await findUserById(db, userId);
	if (!user) return failure({ form: t.auth.errors.signInRequired }, 401);
	const nextError = passwordError(change.next, t, [
		user.email,
		user.email.split('@')[0],
		user.name
	]);
	const currentOk =
		change.current.length > 0 && user.password_hash
			? await verifyPassword(user.password_hash, change.current)
			: false;
	const errors = collect({
		currentPassword: currentOk ? null : t.auth.validation.currentPasswordWrong,
		newPassword: nextError
	});
	if (Object.keys(errors).length) return failure(errors);

	await updateUserPassword(db, user.id, await hashPassword(change.next));
	if (change.endOtherSessions) {
		await invalidateUserSessions(db, user.id, change.currentSessionId);
		// The feed URL is a credential too: ending the other sessions ends it.
		await revokeCalendarToken(db, user.id);
	}
	return { ok: true, value: null };
}
