import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UPLOAD_NAME, uploadsDir } from '$lib/server/organisations/logo';
import type { RequestHandler } from './$types';

const TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png' };

/**
 * Serves re-encoded uploads. Only server-made names pass the pattern (no path traversal);
 * the content type comes from our own extension, with nosniff and a CSP that forbids script
 * even if a browser is led to render the file as a document.
 */
export const GET: RequestHandler = async ({ params }) => {
	if (!UPLOAD_NAME.test(params.file)) error(404, 'Not found');
	const body = await readFile(join(uploadsDir(), params.file)).catch(() => null);
	if (!body) error(404, 'Not found');
	const ext = params.file.split('.').pop() ?? '';
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'public, max-age=31536000, immutable',
			'content-disposition': 'inline'
		}
	});
};
