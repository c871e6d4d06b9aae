import { getDb } from '$lib/server/db';
import { requireOrganiser } from '$lib/server/auth/guards';
import { listMail } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	return { mail: await listMail(getDb(), 100) };
};
