import { requireOrganiser } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// The access hook already closes /admin to everyone but organisers; this is the second lock
// (each page load and action checks again, since layout loads do not re-run on navigation).
export const load: LayoutServerLoad = async (event) => {
	requireOrganiser(event);
	return {};
};
