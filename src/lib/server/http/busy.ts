import type { Locale } from '../../i18n';
import { isBusyError } from '../db/errors';

/** Seconds a client is asked to wait; about the time another writer holds the lock. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

const MESSAGES: Record<Locale, { title: string; body: string }> = {
	es: {
		title: 'Servicio ocupado',
		body: 'Hay muchas operaciones en curso. Intente de nuevo en unos segundos.'
	},
	en: {
		title: 'Service busy',
		body: 'Too many operations are under way. Please try again in a few seconds.'
	}
};

/**
 * SQLITE_BUSY (and its extended codes) after busy_timeout, or SQLITE_LOCKED: another writer
 * held the database too long; on PostgreSQL 55P03, 40001 or 40P01 (db/errors.ts). The
 * statement did not run, and a retry will most likely work.
 */
export function isDatabaseBusy(error: unknown): boolean {
	return isBusyError(error);
}

export function busyMessage(locale: Locale): string {
	return MESSAGES[locale].body;
}

/** SvelteKit's handleError cannot change a status, so it marks the request and `handle` answers. */
const busyRequests = new WeakSet<object>();

export function markBusy(locals: object): void {
	busyRequests.add(locals);
}

export function wasBusy(locals: object): boolean {
	return busyRequests.has(locals);
}

/** 503 with Retry-After, as JSON for scripts and enhanced forms, as a short page otherwise. */
export function busyResponse(locale: Locale, wantsJson: boolean): Response {
	const { title, body } = MESSAGES[locale];
	const headers = { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };
	if (wantsJson) {
		return Response.json({ message: body }, { status: 503, headers });
	}
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>503 · ${title}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}</style></head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: {
			...headers,
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy':
				"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'"
		}
	});
}
