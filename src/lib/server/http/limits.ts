import type { Locale } from '../../i18n';

/** Longest query string accepted (bytes as sent, percent-encoded). Node itself stops at 16 KB of headers. */
export const MAX_QUERY_LENGTH = 8 * 1024;
export const MAX_QUERY_PARAMETERS = 1_000;
/**
 * Largest urlencoded, JSON or text body. No text field of the platform needs more (a long
 * description is a few KB); files go as multipart, capped by adapter-node's BODY_SIZE_LIMIT.
 */
export const MAX_TEXT_BODY_BYTES = 64 * 1024;

export type RejectionReason =
	| 'queryTooLong'
	| 'tooManyParameters'
	| 'malformedEncoding'
	| 'nulByte'
	| 'bodyTooLarge'
	| 'malformedBody';

export interface Rejection {
	status: 400 | 413 | 414;
	reason: RejectionReason;
}

const STATUS: Record<RejectionReason, Rejection['status']> = {
	queryTooLong: 414,
	tooManyParameters: 400,
	malformedEncoding: 400,
	nulByte: 400,
	bodyTooLarge: 413,
	malformedBody: 400
};

const MESSAGES: Record<Locale, Record<RejectionReason, string>> = {
	es: {
		queryTooLong: 'La dirección es demasiado larga.',
		tooManyParameters: 'La dirección tiene demasiados parámetros.',
		malformedEncoding: 'La dirección o el formulario tiene caracteres mal codificados.',
		nulByte: 'La dirección contiene caracteres no permitidos.',
		bodyTooLarge: 'El formulario es demasiado grande.',
		malformedBody: 'No se pudo leer el formulario enviado.'
	},
	en: {
		queryTooLong: 'The address is too long.',
		tooManyParameters: 'The address has too many parameters.',
		malformedEncoding: 'The address or the form has badly encoded characters.',
		nulByte: 'The address contains characters that are not allowed.',
		bodyTooLarge: 'The form is too large.',
		malformedBody: 'The form that was sent could not be read.'
	}
};

export function rejectionMessage(reason: RejectionReason, locale: Locale): string {
	return MESSAGES[locale][reason];
}

function reject(reason: RejectionReason): Rejection {
	return { status: STATUS[reason], reason };
}

/**
 * The text decoded, or null when an %XX escape is malformed or the bytes it spells are not
 * UTF-8. The result is used on purpose: the bundler drops an unused decodeURIComponent call.
 */
export function decodeOrNull(component: string): string | null {
	try {
		return decodeURIComponent(component);
	} catch {
		return null;
	}
}

function countParameters(search: string): number {
	let count = 0;
	for (const part of search.slice(1).split('&')) if (part !== '') count++;
	return count;
}

/**
 * The checks every request passes before routing. `url.search` and `url.pathname` keep the
 * escapes as sent (the URL parser escapes raw control bytes, so a raw NUL arrives as %00).
 * Without them, a NUL reaches SQLite and the logs, and a lone surrogate (%ED%A0%80) in a
 * route parameter makes decodeURIComponent throw.
 */
export function checkUrl(url: URL): Rejection | null {
	const { pathname, search } = url;
	if (search.length > MAX_QUERY_LENGTH) return reject('queryTooLong');
	if (countParameters(search) > MAX_QUERY_PARAMETERS) return reject('tooManyParameters');
	if (/%00/.test(pathname) || /%00/.test(search)) return reject('nulByte');
	if (decodeOrNull(pathname) === null || decodeOrNull(search.slice(1)) === null) {
		return reject('malformedEncoding');
	}
	return null;
}

const TEXT_BODY = /^(application\/x-www-form-urlencoded|application\/json|text\/plain)\b/i;
const JSON_BODY = /^application\/json\b/i;
const MULTIPART_BODY = /^multipart\/form-data\b/i;

/** The body of a copy of the request, or null once it passes `limit` bytes. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
	const reader = request.clone().body?.getReader();
	if (!reader) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			// Not awaited: a tee branch's cancel settles only once the other branch is cancelled too.
			reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}

function isJson(bytes: Uint8Array): boolean {
	try {
		// Compared, so that the bundler cannot drop the call as unused.
		return JSON.parse(new TextDecoder().decode(bytes)) !== undefined;
	} catch {
		return false;
	}
}

/**
 * The body checks, on a copy (tee) of the body so the route still reads the original. The
 * Request SvelteKit builds carries no Content-Length (a forbidden header for fetch's Request),
 * so the size is counted while reading. A text body over the cap is refused before the route
 * reads it; a JSON or multipart body that cannot be parsed is a 400 here, rather than the
 * TypeError or SyntaxError that `request.formData()` or `request.json()` would throw (a 500)
 * in whichever route reads it. Multipart size is left to adapter-node's BODY_SIZE_LIMIT.
 */
export async function checkBody(request: Request): Promise<Rejection | null> {
	if (!request.body) return null;
	const type = request.headers.get('content-type') ?? '';
	if (TEXT_BODY.test(type)) {
		const bytes = await readCapped(request, MAX_TEXT_BODY_BYTES);
		if (bytes === null) return reject('bodyTooLarge');
		if (JSON_BODY.test(type) && !isJson(bytes)) return reject('malformedBody');
		return null;
	}
	if (MULTIPART_BODY.test(type)) {
		const failure = await request
			.clone()
			.formData()
			.then(
				() => null,
				(err: unknown) => err ?? new Error('unreadable body')
			);
		if (failure === null) return null;
		// adapter-node's BODY_SIZE_LIMIT aborts the stream with a 413 of its own.
		const status = (failure as { status?: unknown }).status;
		return reject(status === 413 ? 'bodyTooLarge' : 'malformedBody');
	}
	return null;
}
