import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '../../../src/lib/domain/paths';
import { knownBanner } from '../../../src/lib/domain/banners';
import { looksLikeFormula, toCsv } from '../../../src/lib/domain/csv';
import { csvCell } from '../../../src/lib/server/reports/csv';
import { redactSecrets } from '../../../src/lib/server/mail/redact';
import { headerValue } from '../../../src/lib/server/mail';
import { clientAddress } from '../../../src/lib/server/http/address';
import { isPersonal, languageFromRequest } from '../../../src/lib/server/http/headers';
import { parseProfileForm } from '../../../src/lib/server/matchmaking/profile-form';
import { formOf } from '../auth/factory';

describe('safeRedirectPath', () => {
	it('percent-encodes non-ASCII targets, so the Location header is valid', () => {
		expect(safeRedirectPath('/中')).toBe('/%E4%B8%AD');
		expect(safeRedirectPath('/exhibitors?q=energía')).toBe('/exhibitors?q=energ%C3%ADa');
		expect(() => new Headers({ location: safeRedirectPath('/中?x=ü#ñ') })).not.toThrow();
	});

	it('still refuses other sites, also after dot segments are resolved', () => {
		for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', '/..//evil', '/a\nb']) {
			expect(safeRedirectPath(bad, '/me')).toBe('/me');
		}
		expect(safeRedirectPath('/me/bookmarks')).toBe('/me/bookmarks');
	});
});

describe('knownBanner', () => {
	it('knows only its own keys, not prototype names', () => {
		const keys = ['accepted', 'declined'] as const;
		expect(knownBanner('accepted', keys)).toBe('accepted');
		for (const odd of ['constructor', '__proto__', 'toString', 'anything', null]) {
			expect(knownBanner(odd, keys)).toBeNull();
		}
	});
});

describe('CSV formula cells', () => {
	const sneaky = [
		'=1+1',
		'\u200b=HYPERLINK("http://evil")',
		'\ufeff+1',
		'\u200e\u200f-1',
		'\u00a0@SUM(A1)',
		'＝1+1',
		'＋1',
		'－1',
		'＠A1',
		'\tx',
		'\rx'
	];
	it('treats a formula trigger after invisible characters, or full-width, as a formula', () => {
		for (const cell of sneaky) expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(true);
		for (const cell of ['energía', 'a=b', '1+1', ' texto'])
			expect(looksLikeFormula(cell)).toBe(false);
	});
	it('quotes them in both CSV writers', () => {
		for (const cell of sneaky) {
			expect(csvCell(cell).replace(/^"/, '').startsWith("'")).toBe(true);
			const line = toCsv(['q'], [{ q: cell }]).split('\r\n')[1];
			expect(line.replace(/^"/, '').startsWith("'")).toBe(true);
		}
	});
});

describe('mail', () => {
	it('redacts every secret link the platform mails', () => {
		const body = [
			'https://connect.extemin.pe/reset-password?token=abcdefghijklmnopqrstuvwxyz234567',
			'https://connect.extemin.pe/verify-email?token=abcdefghijklmnopqrstuvwxyz234567',
			'https://connect.extemin.pe/setup/abcdefghijklmnopqrstuvwxyz234567',
			'https://connect.extemin.pe/invite/abcdefghijklmnopqrstuvwxyz234567',
			'https://connect.extemin.pe/agenda/ical/AbCdEfGhIjKlMnOpQrStUvWx'
		].join('\n');
		const shown = redactSecrets(body, '[oculto]');
		expect(shown).not.toMatch(/[a-z2-7]{20,}|AbCdEf/);
		expect(shown.match(/\[oculto\]/g)).toHaveLength(5);
		expect(shown).toContain('/reset-password?token=[oculto]');
	});
	it('strips control characters from header values', () => {
		expect(headerValue('Hola\r\nBcc: victim@example.pe\u0000\u2028x')).toBe(
			'Hola Bcc: victim@example.pe x'
		);
	});
});

describe('clientAddress', () => {
	const event = (peer: string, forwarded?: string) => ({
		getClientAddress: () => peer,
		request: new Request('http://x/', {
			headers: forwarded ? { 'x-forwarded-for': forwarded } : {}
		})
	});
	it('takes the entry a local proxy appended, not the proxy itself', () => {
		expect(clientAddress(event('127.0.0.1', '198.51.100.7'))).toBe('198.51.100.7');
		expect(clientAddress(event('::ffff:10.0.0.2', '1.2.3.4, 203.0.113.9'))).toBe('203.0.113.9');
		expect(clientAddress(event('::1', 'not-an-ip'))).toBe('::1');
	});
	it('never believes the header from a peer on a public address', () => {
		expect(clientAddress(event('203.0.113.5', '127.0.0.1'))).toBe('203.0.113.5');
	});
});

describe('personal pages', () => {
	const at = (id: string | null, signedIn = false) => ({
		route: { id },
		locals: { user: signedIn ? ({ id: 1 } as App.Locals['user']) : null } as App.Locals
	});
	it('covers signed-in routes, one-time links, and anything rendered for a signed-in person', () => {
		for (const id of [
			'/(app)/me',
			'/(app)/agenda/print',
			'/admin/mail',
			'/(auth)/reset-password',
			'/(auth)/setup/[token]',
			'/invite/[token]'
		]) {
			expect(isPersonal(at(id)), id).toBe(true);
		}
		expect(isPersonal(at('/(public)/exhibitors'))).toBe(false);
		expect(isPersonal(at('/(public)/exhibitors', true))).toBe(true);
		expect(languageFromRequest('/exhibitors')).toBe(true);
		expect(languageFromRequest('/en/exhibitors')).toBe(false);
	});
});

describe('profile lists', () => {
	it('keeps each sector, language and need once, and caps the needs', () => {
		const { values } = parseProfileForm(
			formOf({
				offers: 'x',
				sectors: Array(2500).fill('ai'),
				languages: ['es', 'es', 'en', 'es'],
				needs: [...Array(50).keys()].map((i) => `need-${i % 30}`).concat(Array(100).fill('need-1'))
			}),
			['ai', 'automation']
		);
		expect(values.sectors).toEqual(['ai']);
		expect(values.languages).toEqual(['es', 'en']);
		const needs = values.details.needs ?? [];
		expect(new Set(needs).size).toBe(needs.length);
		expect(needs.length).toBeLessThanOrEqual(12);
	});
});
