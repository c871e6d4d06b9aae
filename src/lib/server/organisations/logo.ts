import sharp from 'sharp';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readConfig } from '../config';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** Decoding limit: a small file can declare a huge canvas (a decompression bomb). */
export const LOGO_MAX_PIXELS = 25_000_000;
export const LOGO_MAX_SIDE = 512;
const ACCEPTED = new Set(['png', 'jpeg', 'webp']);

export type LogoProblem = 'required' | 'tooBig' | 'type' | 'pixels' | 'unreadable';

/** Uploaded files live in `uploads/` beside the database file. */
export function uploadsDir(): string {
	return resolve(dirname(readConfig().databasePath), 'uploads');
}

/** Server-made names only: 24 hex characters and the extension we wrote. */
export const UPLOAD_NAME = /^[a-f0-9]{24}\.(webp|png)$/;

/**
 * Checks an upload and re-encodes it: the type comes from the bytes (sharp's decoder), never
 * the name or the browser's content type; SVG (which can carry script) and anything else is
 * refused; the output is a fresh WebP of at most 512 px, which drops metadata and any
 * trailing payload.
 */
export async function processLogo(
	bytes: Uint8Array
): Promise<{ ok: true; webp: Buffer } | { ok: false; problem: LogoProblem }> {
	if (bytes.byteLength === 0) return { ok: false, problem: 'required' };
	if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, problem: 'tooBig' };
	let format: string | undefined;
	let pixels: number;
	try {
		const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
		format = meta.format;
		pixels = (meta.width ?? 0) * (meta.height ?? 0);
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	if (!format || !ACCEPTED.has(format)) return { ok: false, problem: 'type' };
	if (pixels > LOGO_MAX_PIXELS || pixels === 0) return { ok: false, problem: 'pixels' };
	try {
		const webp = await sharp(bytes, { limitInputPixels: LOGO_MAX_PIXELS, failOn: 'error' })
			.rotate()
			.resize(LOGO_MAX_SIDE, LOGO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
			.webp({ quality: 85 })
			.toBuffer();
		return { ok: true, webp };
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
}

/** Writes a processed logo under a new random name (atomically) and returns the name. */
export async function storeLogo(webp: Buffer): Promise<string> {
	const dir = uploadsDir();
	await mkdir(dir, { recursive: true });
	const name = `${randomBytes(12).toString('hex')}.webp`;
	const temp = join(dir, `.${name}.tmp`);
	await writeFile(temp, webp, { mode: 0o644 });
	await rename(temp, join(dir, name));
	return name;
}

/** The public URL of a stored upload (what `organisation.logo` holds). */
export const uploadUrl = (name: string) => `/uploads/${name}`;

export async function removeLogo(url: string | null): Promise<void> {
	const name = url?.startsWith('/uploads/') ? url.slice('/uploads/'.length) : null;
	if (!name || !UPLOAD_NAME.test(name)) return;
	await unlink(join(uploadsDir(), name)).catch(() => undefined);
}
