import { describe, expect, it } from 'vitest';
import {
	delocalizePath,
	isLocalizedPath,
	localeFromPath,
	localizeHref
} from '../../../src/lib/i18n/locale';

describe('language in URLs', () => {
	it('reads the language of a path', () => {
		expect(localeFromPath('/en')).toBe('en');
		expect(localeFromPath('/en/exhibitors')).toBe('en');
		expect(localeFromPath('/')).toBe('es');
		expect(localeFromPath('/energia')).toBe('es');
		expect(localeFromPath('/exhibitors/en')).toBe('es');
	});

	it('maps /en/... onto the routes', () => {
		expect(delocalizePath('/en')).toBe('/');
		expect(delocalizePath('/en/')).toBe('/');
		expect(delocalizePath('/en/floor')).toBe('/floor');
		expect(delocalizePath('/floor')).toBe('/floor');
		expect(delocalizePath('/english')).toBe('/english');
	});

	it('builds hrefs in a language, idempotently', () => {
		expect(localizeHref('/', 'en')).toBe('/en');
		expect(localizeHref('/?sector=ai', 'en')).toBe('/en?sector=ai');
		expect(localizeHref('/exhibitors?q=agua#r', 'en')).toBe('/en/exhibitors?q=agua#r');
		expect(localizeHref('/en/exhibitors', 'en')).toBe('/en/exhibitors');
		expect(localizeHref('/en/exhibitors?q=x', 'es')).toBe('/exhibitors?q=x');
		expect(localizeHref('/en', 'es')).toBe('/');
		expect(localizeHref('/me/bookmarks?/toggle', 'en')).toBe('/en/me/bookmarks?/toggle');
	});

	it('leaves other sites, relative links and language-neutral endpoints alone', () => {
		expect(localizeHref('https://example.pe/x', 'en')).toBe('https://example.pe/x');
		expect(localizeHref('//evil.example', 'en')).toBe('//evil.example');
		expect(localizeHref('?/save', 'en')).toBe('?/save');
		expect(localizeHref('/api/search?q=x', 'en')).toBe('/api/search?q=x');
		expect(localizeHref('/uploads/a.png', 'en')).toBe('/uploads/a.png');
		expect(localizeHref('/language', 'en')).toBe('/language');
		expect(isLocalizedPath('/en/api/search')).toBe(false);
	});

	it('never turns a path into another site', () => {
		expect(localizeHref('/en//evil.example', 'es')).toBe('/');
		expect(localizeHref('/en/\\evil.example', 'es')).toBe('/');
		expect(localizeHref('/en//evil.example', 'en')).toBe('/en');
		expect(isLocalizedPath('/apiary')).toBe(true);
	});
});
