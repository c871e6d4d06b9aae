import type { Locale } from '../db/schema';
import { DEFAULT_QUERY, type SearchQuery } from './engine';

/** The contract's bounds. */
export const MAX_LIMIT = 100;
export const MAX_OFFSET = 10_000;
/** Longer queries are cut here: 10 kB of text is a paste, not a search. */
export const MAX_QUERY_CHARS = 10_000;
const MAX_FACET_VALUES = 50;

/** The parameter a bad query names: pages and the API's `message` say it in the reader's language. */
export type SearchParamField = 'type' | 'locale' | 'limit' | 'offset';
export type ParsedSearch =
	{ ok: true; query: SearchQuery } | { ok: false; error: string; field: SearchParamField };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function integer(raw: string | null, fallback: number, min: number, max: number): number | null {
	if (raw === null || raw === '') return fallback;
	if (!/^\d{1,6}$/.test(raw.trim())) return null;
	const value = Number(raw.trim());
	return value >= min && value <= max ? value : null;
}

function list(params: URLSearchParams, name: string): string[] {
	const values = params
		.getAll(name)
		.map((v) => v.trim().slice(0, 100))
		.filter(Boolean);
	return [...new Set(values)].slice(0, MAX_FACET_VALUES);
}

/**
 * Reads the query string of GET /api/search (and of the catalogue page) into a
 * SearchQuery, or names the first bad parameter. Unknown facet values are kept: they
 * simply match nothing.
 */
export function parseSearchParams(
	params: URLSearchParams,
	fallbackLocale: Locale = 'es'
): ParsedSearch {
	const q = (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS).replace(LONE_SURROGATE, '\ufffd');
	const type = params.get('type') ?? '';
	if (type !== '' && type !== 'organisation' && type !== 'innovation') {
		return { ok: false, error: 'type: must be organisation or innovation', field: 'type' };
	}
	const locale = params.get('locale') ?? fallbackLocale;
	if (locale !== 'es' && locale !== 'en')
		return { ok: false, error: 'locale: must be es or en', field: 'locale' };
	const limit = integer(params.get('limit'), DEFAULT_QUERY.limit, 1, MAX_LIMIT);
	if (limit === null)
		return {
			ok: false,
			error: `limit: must be an integer from 1 to ${MAX_LIMIT}`,
			field: 'limit'
		};
	const offset = integer(params.get('offset'), 0, 0, MAX_OFFSET);
	if (offset === null)
		return {
			ok: false,
			error: `offset: must be an integer from 0 to ${MAX_OFFSET}`,
			field: 'offset'
		};
	return {
		ok: true,
		query: {
			q,
			type: type === '' ? null : type,
			sector: list(params, 'sector'),
			kind: list(params, 'kind'),
			country: list(params, 'country'),
			locale,
			limit,
			offset
		}
	};
}
