/** Text handling shared by both engines: folding, tokens, and snippets safe to render as HTML. */

/** Lower case without diacritics, like FTS5's `unicode61 remove_diacritics 2`. */
export function fold(text: string): string {
	const lower = text.toLowerCase();
	// Most text is ASCII: skip the Unicode normalisation when there is nothing to fold.
	return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const nonAscii = new Map<number, boolean>();

function isWordChar(code: number): boolean {
	if (code < 128)
		return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
	let known = nonAscii.get(code);
	if (known === undefined) {
		known = WORD_CHAR.test(String.fromCharCode(code));
		if (nonAscii.size < 10_000) nonAscii.set(code, known);
	}
	return known;
}

/**
 * The folded words of `text`, in order (the unicode61 tokenizer's notion of a word). A
 * character loop: a Unicode-property regex over every description made indexing 5x slower.
 */
export function tokenize(text: string): string[] {
	const folded = fold(text);
	const words: string[] = [];
	let start = -1;
	for (let i = 0; i <= folded.length; i++) {
		const word = i < folded.length && isWordChar(folded.charCodeAt(i));
		if (word && start < 0) start = i;
		else if (!word && start >= 0) {
			words.push(folded.slice(start, i));
			start = -1;
		}
	}
	return words;
}

/**
 * Adds the words of `text`, unfolded, to `into`: the same character loop as tokenize
 * without folding, with combining accents (U+0300-U+036F) kept inside words, so that
 * `tokenize(word)` of each of them gives exactly the words of `tokenize(text)`. Lets a
 * caller fold each distinct word once instead of every occurrence.
 */
export function collectWords(text: string, into: Set<string>): void {
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 32;
		const word = isWordChar(code) || (code >= 0x300 && code <= 0x36f);
		if (word && start < 0) start = i;
		else if (!word && start >= 0) {
			into.add(text.slice(start, i));
			start = -1;
		}
	}
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A surrogate without its other half (a pasted fragment, or a pair cut by a length limit). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Meilisearch's highlight markers (see meilisearch/settings.ts): never part of a query. */
const MARKERS = /[\ue000\ue001]/g;

/**
 * Strips control characters so that a pasted NUL or escape code is just absent, and lone
 * surrogates (also one left by the length cut) so that the query is valid UTF-16 text.
 */
export function cleanQuery(text: string, maxChars = 500): string {
	return (
		text
			.slice(0, maxChars * 2)
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
			.slice(0, maxChars)
			.replace(LONE_SURROGATE, '')
			.replace(MARKERS, ' ')
	);
}

/**
 * The query as plain words: Meilisearch reads `"..."` as a phrase and a leading `-word` as
 * an exclusion; the embedded engine reads neither, and visitors mean neither, so both
 * engines search the words. (The embedded tokenizer already drops the punctuation.)
 */
export function plainQuery(text: string, maxChars = 500): string {
	return cleanQuery(text, maxChars)
		.replace(/"/g, ' ')
		.replace(/(^|\s)-+/g, '$1');
}

export type TermMatcher = (foldedWord: string) => boolean;

const SNIPPET_WORDS = 24;

/**
 * Builds an HTML snippet of `text` around its first matching word. Every piece of the
 * original text is escaped; the only markup added is `<mark>` around matching words, so
 * the result is safe for `{@html}` whatever the text contains.
 */
export function buildSnippet(text: string, matches: TermMatcher, maxWords = SNIPPET_WORDS): string {
	const before = Math.floor(maxWords / 3);
	// Each distinct word is folded and tested once, and the scan stops once the window around
	// the first match is full: a description's later words are never folded.
	const tested = new Map<string, boolean>();
	const isHit = (word: string) => {
		let hit = tested.get(word);
		if (hit === undefined) tested.set(word, (hit = matches(fold(word))));
		return hit;
	};
	const words: { start: number; end: number; hit: boolean }[] = [];
	let first = -1;
	let more = false;
	for (const m of text.matchAll(TOKEN)) {
		if (first >= 0 && words.length >= Math.max(0, first - before) + maxWords) {
			more = true;
			break;
		}
		const start = m.index ?? 0;
		const hit = isHit(m[0]);
		if (hit && first < 0) first = words.length;
		words.push({ start, end: start + m[0].length, hit });
	}
	if (words.length === 0) return escapeHtml(text.slice(0, 200));
	const from = Math.max(0, Math.max(0, first) - before);
	const to = Math.min(words.length, from + maxWords);
	let html = from > 0 ? '… ' : '';
	let cursor = from > 0 ? words[from].start : 0;
	for (let i = from; i < to; i++) {
		const w = words[i];
		html += escapeHtml(text.slice(cursor, w.start));
		const word = escapeHtml(text.slice(w.start, w.end));
		html += w.hit ? `<mark>${word}</mark>` : word;
		cursor = w.end;
	}
	if (more || to < words.length) html += ' …';
	else html += escapeHtml(text.slice(cursor));
	return html.trim();
}

/** Picks the text in the requested language, falling back to the other one. */
export function pick(es: string, en: string, locale: 'es' | 'en'): string {
	return (locale === 'en' ? en || es : es || en) ?? '';
}

/**
 * The document without U+E000 and U+E001 in its texts: Meilisearch's highlight markers
 * (meilisearch/settings.ts), which a text holding them would unbalance. Both engines index
 * documents through this, so both show the same text.
 */
export function withoutMarkers<T extends object>(doc: T): T {
	let out: T | null = null;
	for (const [key, value] of Object.entries(doc)) {
		let clean: unknown = value;
		if (typeof value === 'string' && MARKERS_TEST.test(value)) clean = value.replace(MARKERS, '');
		else if (
			Array.isArray(value) &&
			value.some((v) => typeof v === 'string' && MARKERS_TEST.test(v))
		)
			clean = value.map((v) => (typeof v === 'string' ? v.replace(MARKERS, '') : v));
		if (clean !== value) (out ??= { ...doc })[key as keyof T] = clean as T[keyof T];
	}
	return out ?? doc;
}

const MARKERS_TEST = /[\ue000\ue001]/;
