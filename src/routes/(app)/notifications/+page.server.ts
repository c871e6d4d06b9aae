import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listNotices, markAllRead } from '$lib/server/matchmaking/notifications';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { notices: await listNotices(getDb(), user.id) };
};

export const actions: Actions = {
	read: async (event) => {
		const user = requireUser(event);
		await markAllRead(getDb(), user.id);
		redirect(303, localized('/notifications'));
	}
};
