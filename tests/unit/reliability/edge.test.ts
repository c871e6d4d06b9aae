import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { busyResponse, isDatabaseBusy, markBusy, wasBusy } from '../../../src/lib/server/http/busy';
import {
	checkBody,
	checkUrl,
	decodeOrNull,
	MAX_QUERY_LENGTH,
	MAX_TEXT_BODY_BYTES
} from '../../../src/lib/server/http/limits';

const url = (path: string) => new URL(`http://127.0.0.1${path}`);

describe('checkUrl', () => {
	it('lets ordinary and hostile-but-decodable addresses through', () => {
		for (const path of [
			'/',
			'/api/search?q=energ%C3%ADa+solar&sector=ai&sector=renewables',
			'/exhibitors/andes-autonomia',
			'/?q=%EF%BF%BD%F0%9F%92%A3',
			'/?q=%25ED%25A0%2580',
			`/?q=${'x'.repeat(MAX_QUERY_LENGTH - 3)}`,
			`/?${'a&'.repeat(1_000)}`
		]) {
			expect(checkUrl(url(path)), path).toBeNull();
		}
	});

	it('refuses bad escapes, undecodable UTF-8 and lone surrogates with 400', () => {
		for (const path of [
			'/?q=%ZZ',
			'/?q=100%',
			'/?q=%ED%A0%80',
			'/?q=%C0%AF',
			'/x/%E2%82',
			'/%FF'
		]) {
			expect(checkUrl(url(path)), path).toEqual({ status: 400, reason: 'malformedEncoding' });
		}
	});

	it('refuses NUL bytes, escaped or raw, in the path and the query', () => {
		for (const path of ['/?q=a%00b', '/exhibitors/%00', '/?q=a\u0000b']) {
			expect(checkUrl(url(path))?.reason, JSON.stringify(path)).toBe('nulByte');
		}
	});

	it('refuses long query strings with 414 and parameter floods with 400', () => {
		expect(checkUrl(url(`/?q=${'x'.repeat(MAX_QUERY_LENGTH)}`))).toEqual({
			status: 414,
			reason: 'queryTooLong'
		});
		expect(checkUrl(url(`/?${'a&'.repeat(1_001)}`))).toEqual({
			status: 400,
			reason: 'tooManyParameters'
		});
	});

	it('decodes what decodeURIComponent decodes, and nothing else', () => {
		expect(decodeOrNull('a%20b')).toBe('a b');
		expect(decodeOrNull('%ED%A0%80')).toBeNull();
	});
});

describe('checkBody', () => {
	const post = (body: BodyInit, type: string) =>
		new Request('http://127.0.0.1/signup', {
			method: 'POST',
			body,
			headers: { 'content-type': type }
		});

	it('refuses a text body over the cap and leaves the original readable', async () => {
		const small = post('name=Ana', 'application/x-www-form-urlencoded');
		expect(await checkBody(small)).toBeNull();
		expect((await small.formData()).get('name')).toBe('Ana');
		const big = post(
			`name=${'x'.repeat(MAX_TEXT_BODY_BYTES)}`,
			'application/x-www-form-urlencoded'
		);
		expect(await checkBody(big)).toEqual({ status: 413, reason: 'bodyTooLarge' });
	});

	it('refuses JSON and multipart bodies that cannot be parsed, accepts lone surrogates in JSON', async () => {
		expect(await checkBody(post('{"a":', 'application/json'))).toMatchObject({
			reason: 'malformedBody'
		});
		expect(await checkBody(post('{"a":"\\ud800"}', 'application/json'))).toBeNull();
		const truncated = '--b\r\ncontent-disposition: form-data; name="a"\r\n\r\nabc';
		expect(await checkBody(post(truncated, 'multipart/form-data; boundary=b'))).toMatchObject({
			status: 400,
			reason: 'malformedBody'
		});
		const form = new FormData();
		form.set('a', '\ud800');
		const ok = new Request('http://127.0.0.1/x', { method: 'POST', body: form });
		expect(await checkBody(ok)).toBeNull();
		expect((await ok.formData()).get('a')).toBe('\ufffd');
	});
});

describe('database busy', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = undefined;
	});

	it('recognises the error better-sqlite3 throws when another connection holds the write lock', () => {
		dir = mkdtempSync(join(tmpdir(), 'extemin-busy-'));
		const path = join(dir, 'busy.db');
		const holder = new Database(path);
		holder.pragma('journal_mode = WAL');
		holder.exec('create table t (x integer)');
		const waiter = new Database(path);
		waiter.pragma('busy_timeout = 0');
		holder.exec('begin immediate');
		let caught: unknown;
		try {
			waiter.exec('insert into t values (1)');
		} catch (err) {
			caught = err;
		}
		holder.exec('commit');
		holder.close();
		waiter.close();
		expect(isDatabaseBusy(caught)).toBe(true);
		expect(isDatabaseBusy(new Error('SQLITE_BUSY'))).toBe(false);
		expect(isDatabaseBusy({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(false);
		expect(isDatabaseBusy({ code: 'SQLITE_LOCKED_SHAREDCACHE' })).toBe(true);
	});

	it('marks a request and answers 503 with Retry-After, as JSON or as a page', async () => {
		const locals = {};
		expect(wasBusy(locals)).toBe(false);
		markBusy(locals);
		expect(wasBusy(locals)).toBe(true);
		const json = busyResponse('en', true);
		expect(json.status).toBe(503);
		expect(json.headers.get('retry-after')).toBe('5');
		expect(((await json.json()) as { message: string }).message).toMatch(/try again/);
		const page = busyResponse('es', false);
		expect(page.headers.get('content-type')).toMatch(/text\/html/);
		expect(await page.text()).toContain('Servicio ocupado');
	});
});
