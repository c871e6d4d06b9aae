/**
 * THE ACCESS POLICY: every SvelteKit route id and who may reach it. The `handleAccess` hook
 * enforces it on every request (anonymous on a protected route: sign-in; wrong role: 403;
 * a route missing here: 403), and tests/unit/auth/policy.test.ts fails when a
 * `+page.svelte` or `+server.ts` under src/routes has no entry. Add your route here.
 *
 * This is the first gate only: loads and actions still check ownership of what they touch.
 */
export type Role = 'anonymous' | 'attendee' | 'member' | 'organiser';
export type Access = 'public' | readonly Role[];

const SIGNED_IN: readonly Role[] = ['attendee', 'member', 'organiser'];
const ORGANISER: readonly Role[] = ['organiser'];
const MEMBER: readonly Role[] = ['member'];

export const accessPolicy: Record<string, Access> = {
	// Catalogue and public pages
	'/(public)': 'public',
	'/(public)/exhibitors': 'public',
	'/(public)/exhibitors/[slug]': 'public',
	'/(public)/innovations/[slug]': 'public',
	'/(public)/floor': 'public',
	'/language': 'public',
	'/api/search': 'public',
	'/uploads/[file]': 'public',
	'/healthz': 'public',

	// Accounts
	'/(auth)/login': 'public',
	'/(auth)/signup': 'public',
	'/(auth)/logout': 'public',
	'/(auth)/verify-email': 'public',
	'/(auth)/forgot-password': 'public',
	'/(auth)/reset-password': 'public',
	'/(auth)/setup/[token]': 'public',
	'/invite/[token]': 'public',

	// Mi EXTEMIN
	'/(app)/me': SIGNED_IN,
	'/(app)/me/bookmarks': SIGNED_IN,
	'/(app)/me/password': SIGNED_IN,

	// Organisation self-service (ownership is checked again in each load and action)
	'/(app)/organisation': ['attendee', 'member'],
	'/(app)/organisation/new': ['attendee', 'member'],
	'/(app)/organisation/edit': MEMBER,
	'/(app)/organisation/innovations/new': MEMBER,
	'/(app)/organisation/innovations/[id]': MEMBER,
	'/(app)/organisation/members': MEMBER,

	// Matchmaking
	// The landing explains matchmaking to anonymous visitors and asks them to sign in.
	'/(app)/matchmaking': 'public',
	'/(app)/matchmaking/profile': SIGNED_IN,
	'/(app)/matchmaking/people/[id]': SIGNED_IN,
	'/(app)/matchmaking/requests': SIGNED_IN,
	// The small-producer track lists providers to everyone; requesting needs an account.
	'/(app)/matchmaking/producers': 'public',
	'/(app)/notifications': SIGNED_IN,
	'/(app)/agenda': SIGNED_IN,
	'/(app)/agenda/print': SIGNED_IN,
	'/(app)/agenda/ical': SIGNED_IN,
	// Calendar apps send no cookies: the secret token in the URL is the credential.
	'/agenda/ical/[token]': 'public',

	// Organiser console
	'/admin': ORGANISER,
	'/admin/floor': ORGANISER,
	'/admin/programme': ORGANISER,
	'/admin/programme/sheets/people': ORGANISER,
	'/admin/programme/sheets/tables': ORGANISER,
	'/admin/reports': ORGANISER,
	'/admin/reports/[report]': ORGANISER,
	'/admin/schedule': ORGANISER,
	'/admin/schedule/status': ORGANISER,
	'/admin/applications': ORGANISER,
	'/admin/mail': ORGANISER,
	'/admin/metrics': ORGANISER,
	'/admin/moderation': ORGANISER
};

export function roleOf(user: { role: Role } | null): Role {
	return user ? user.role : 'anonymous';
}

/** Whether a role may reach a route id; unknown route ids are closed. */
export function isAllowed(routeId: string, role: Role): boolean {
	const access = accessPolicy[routeId];
	if (!access) return false;
	return access === 'public' || access.includes(role);
}

export function hasPolicy(routeId: string): boolean {
	return Object.hasOwn(accessPolicy, routeId);
}
