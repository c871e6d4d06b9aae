import type { Reroute } from '@sveltejs/kit';
import { delocalizePath } from '$lib/i18n/locale';

/** `/en/...` is the English edition of the same routes: `/en/exhibitors` renders `/exhibitors`. */
export const reroute: Reroute = ({ url }) => delocalizePath(url.pathname);
