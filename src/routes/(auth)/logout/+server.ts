import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/auth/web';
import type { RequestHandler } from './$types';
import { localized } from '$lib/server/http/locale';

/** POST only (a GET never changes state); SvelteKit's origin check guards the form post. */
export const POST: RequestHandler = async (event) => {
	await endSession(event);
	redirect(303, localized('/'));
};
