import type { Messages } from '../../i18n';
import { checkPasswordStrength } from './password';

/** Field name -> message in the visitor's language. */
export type FieldErrors = Record<string, string>;

export type Outcome<T> =
	{ ok: true; value: T } | { ok: false; status: number; errors: FieldErrors; retryAfter?: number };

export function failure(errors: FieldErrors, status = 400): Outcome<never> {
	return { ok: false, status, errors };
}

/** 429 with Retry-After and a sentence in the visitor's language. */
export function tooManyAttempts(t: Messages, wait: number): Outcome<never> {
	return {
		ok: false,
		status: 429,
		retryAfter: wait,
		errors: { form: t.auth.errors.tooMany(wait) }
	};
}

/** A form field as a trimmed string ('' when absent or a file). */
export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
}

/** A password exactly as typed: never trimmed or truncated. */
export function secret(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(email: string, t: Messages): string | null {
	if (!email) return t.auth.validation.emailRequired;
	if (email.length > 254 || !EMAIL.test(email)) return t.auth.validation.emailInvalid;
	return null;
}

export function nameError(name: string, t: Messages): string | null {
	if (!name) return t.auth.validation.nameRequired;
	if (name.length > 120) return t.auth.validation.nameTooLong;
	return null;
}

export function passwordError(
	password: string,
	t: Messages,
	context: string[] = []
): string | null {
	const problem = checkPasswordStrength(password, context);
	if (!problem) return null;
	const v = t.auth.validation;
	return {
		required: v.passwordRequired,
		tooShort: v.passwordTooShort,
		tooLong: v.passwordTooLong,
		common: v.passwordCommon
	}[problem];
}

/** Keeps only the non-null messages. */
export function collect(entries: Record<string, string | null>): FieldErrors {
	return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== null)) as FieldErrors;
}
