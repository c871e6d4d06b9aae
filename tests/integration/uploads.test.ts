import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { queryDemo } from '../support/demo-db';
import { baseUrl, call, signIn } from './auth-client';
import { sharedServer } from '../support/shared-server';

const databasePath = sharedServer().databasePath;

async function upload(cookie: string, bytes: Uint8Array, filename: string, type: string) {
	const form = new FormData();
	form.append('logo', new Blob([Buffer.from(bytes)], { type }), filename);
	const res = await fetch(`${baseUrl}/organisation/edit?/logo`, {
		method: 'POST',
		body: form,
		headers: { cookie, origin: baseUrl, accept: 'text/html' },
		redirect: 'manual'
	});
	return { status: res.status, text: await res.text() };
}

describe('logo upload over HTTP', () => {
	it('re-encodes a real image, serves it with nosniff, and refuses abuse', async () => {
		const owner = queryDemo<{ email: string; organisation_id: number }>(
			databasePath,
			`select u.email, m.organisation_id from user u join membership m on m.user_id = u.id
			 where m.rights = 'owner' order by u.id limit 1 offset 3`
		)[0];
		const cookie = await signIn(owner.email);

		const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
		expect((await upload(cookie, Buffer.from(svg), 'logo.svg', 'image/svg+xml')).status).toBe(400);
		const script = Buffer.from('#!/bin/sh\necho pwned\n');
		expect((await upload(cookie, script, 'logo.png', 'image/png')).status).toBe(400);
		// The server may answer 413 and close before the 20 MB body is sent (EPIPE on our side).
		const huge = await upload(
			cookie,
			new Uint8Array(20 * 1024 * 1024),
			'big.png',
			'image/png'
		).catch(() => ({ status: 0 }));
		expect([0, 400, 413]).toContain(huge.status);

		const png = await sharp({
			create: { width: 900, height: 300, channels: 3, background: '#a85a28' }
		})
			.png()
			.toBuffer();
		expect((await upload(cookie, png, 'logo.png', 'image/png')).status).toBe(303);
		// The organisation is approved, so the new logo waits for review (docs/security.md,
		// "Moderation") and the public one stays until an organiser approves it.
		const [row] = queryDemo<{ logo: string }>(
			databasePath,
			"select logo from organisation_revision where organisation_id = ? and status = 'pending'",
			owner.organisation_id
		);
		expect(row.logo).toMatch(/^\/uploads\/[a-f0-9]{24}\.webp$/);
		const served = await fetch(`${baseUrl}${row.logo}`);
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toBe('image/webp');
		expect(served.headers.get('x-content-type-options')).toBe('nosniff');
		const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
		expect(meta.width).toBe(512);
		expect((await call('/uploads/..%2F..%2Fextemin.db')).status).toBe(404);
	});
});
