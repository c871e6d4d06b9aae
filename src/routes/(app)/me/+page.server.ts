import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { listBookmarks } from '$lib/server/catalogue/bookmarks';
import { getOwnOrganisation } from '$lib/server/organisations/profile';
import type { PageServerLoad } from './$types';

const NOTICES = new Set([
	'password-reset',
	'password-changed',
	'organisation-created',
	'invite-accepted'
]);

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const [bookmarks, own] = await Promise.all([
		listBookmarks(db, user.id, 6),
		user.organisationId ? getOwnOrganisation(db, user.organisationId) : null
	]);
	const notice = event.url.searchParams.get('notice');
	return {
		account: {
			name: user.name,
			email: user.email,
			role: user.role,
			emailVerified: user.emailVerified,
			rights: user.rights
		},
		bookmarks,
		organisation: own && {
			name: own.organisation.name,
			slug: own.organisation.slug,
			exhibitorStatus: own.exhibitor?.status ?? null
		},
		notice: notice && NOTICES.has(notice) ? notice : null
	};
};
