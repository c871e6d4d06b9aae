import { localeFromPath } from '$lib/i18n/locale';
import { areasForRoute, loadMessages } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

/** The page's language comes from its URL; its messages are the route's areas in that language. */
export const load: LayoutLoad = async ({ data, url, route }) => {
	const locale = localeFromPath(url.pathname);
	const messages = await loadMessages(locale, areasForRoute(route.id));
	return { ...data, locale, messages };
};
