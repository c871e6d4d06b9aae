import { getDb } from '$lib/server/db';
import { providersByTool } from '$lib/server/matchmaking/producers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	tools: await providersByTool(getDb()),
	signedIn: Boolean(locals.user)
});
