/** Turns a refused matchmaking rule into a form failure in the visitor's language. */
import { fail } from '@sveltejs/kit';
import { messagesFor, type Locale } from '../../i18n';
import { MatchmakingError, type MatchmakingErrorCode } from './errors';

export function failFrom(err: unknown, locale: Locale, values: Record<string, unknown> = {}) {
	if (!(err instanceof MatchmakingError)) throw err;
	return fail(err.status, {
		values,
		error: messagesFor(locale).matchmaking.errors[err.code],
		options: err.options
	});
}

/**
 * A positive integer id from a form or a route parameter, or null. Digits only: `1e3`, `0x10`,
 * ` 7` and `7.0` are not ids, though `Number()` would read them as numbers.
 */
export function idFrom(value: unknown): number | null {
	if (typeof value !== 'string' || !/^[1-9][0-9]{0,14}$/.test(value)) return null;
	return Number(value);
}

/** The id in form field `name`, or a 400 naming it. */
export function requiredId(form: FormData, name: string): number {
	const id = idFrom(form.get(name));
	if (id === null) throw new MatchmakingError(400, 'bad-id');
	return id;
}

/**
 * A text field: absent is '', a file posted in its place is a 400 naming the field (a browser
 * never sends one; a script that does should hear why, not see "[object File]" stored).
 */
export function textField(form: FormData, name: string, notText: MatchmakingErrorCode): string {
	const value = form.get(name);
	if (value === null) return '';
	if (typeof value !== 'string') throw new MatchmakingError(400, notText);
	return value.trim();
}
