import type { Locale } from './locale';
import type { Area, Messages } from './messages';

type Loader<A extends Area> = () => Promise<{ default: Messages[A] }>;
type Loaders = { [A in Area]: Loader<A> };

/**
 * One chunk per area and locale: a page downloads only the areas its route uses, in its
 * language (docs/i18n.md has the figures). Explicit imports, so the bundler sees every chunk.
 */
const loaders: Record<Locale, Loaders> = {
	es: {
		common: () => import('./messages/common'),
		catalogue: () => import('./messages/catalogue'),
		auth: () => import('./messages/auth'),
		organisation: () => import('./messages/organisation'),
		floor: () => import('./messages/floor'),
		admin: () => import('./messages/admin'),
		matchmaking: () => import('./messages/matchmaking'),
		search: () => import('./messages/search'),
		trust: () => import('./messages/trust')
	},
	en: {
		common: () => import('./messages/en/common'),
		catalogue: () => import('./messages/en/catalogue'),
		auth: () => import('./messages/en/auth'),
		organisation: () => import('./messages/en/organisation'),
		floor: () => import('./messages/en/floor'),
		admin: () => import('./messages/en/admin'),
		matchmaking: () => import('./messages/en/matchmaking'),
		search: () => import('./messages/en/search'),
		trust: () => import('./messages/en/trust')
	}
};

const ALL: Area[] = [
	'common',
	'catalogue',
	'auth',
	'organisation',
	'floor',
	'admin',
	'matchmaking',
	'search',
	'trust'
];
const PUBLIC: Area[] = ['common', 'catalogue', 'floor', 'search', 'auth'];

/**
 * The areas a route's components read. Public pages (and BookmarkButton's strings in `auth`)
 * never need the console's (`admin`), the account forms (`organisation`) or matchmaking.
 */
export function areasForRoute(routeId: string | null): Area[] {
	if (routeId === null) return ['common'];
	if (routeId.startsWith('/admin')) return ALL;
	if (routeId.startsWith('/(public)')) return PUBLIC;
	if (routeId.startsWith('/(auth)')) return ['common', 'auth', 'trust'];
	return ALL.filter((area) => area !== 'admin');
}

/**
 * The messages of `areas` in `locale`. Typed as the whole dictionary: an area that a route does
 * not load is undefined, which the route tests catch (tests/unit/i18n/areas.test.ts).
 */
export async function loadMessages(locale: Locale, areas: Area[]): Promise<Messages> {
	const modules = await Promise.all(areas.map((area) => loaders[locale][area]()));
	return Object.fromEntries(areas.map((area, i) => [area, modules[i].default])) as Messages;
}
