/** Turns a refused matchmaking rule into a form failure in the visitor's language. */
import { fail } from '@sveltejs/kit';
import { messagesFor, type Locale } from '../../i18n';
import { MatchmakingError } from './errors';

export function failFrom(err: unknown, locale: Locale, values: Record<string, unknown> = {}) {
	if (!(err instanceof MatchmakingError)) throw err;
	return fail(err.status, {
		values,
		error: messagesFor(locale).matchmaking.errors[err.code],
		options: err.options
	});
}

/** A positive integer id from a form or a route parameter, or null. */
export function idFrom(value: unknown): number | null {
	const n = Number(typeof value === 'string' ? value : NaN);
	return Number.isSafeInteger(n) && n > 0 ? n : null;
}
