import { common } from './common';
import { catalogue } from './catalogue';
import { auth } from './auth';
import { organisation } from './organisation';
import { floor } from './floor';
import { admin } from './admin';
import { matchmaking } from './matchmaking';
import { search } from './search';
import { trust } from './trust';

/**
 * Every user-facing string, by area. Each area file exports `{ es, en }` where `en` has the
 * same shape as `es` (Spanish is the reference language). Add an area: import it and add a line.
 */
const areas = { common, catalogue, auth, organisation, floor, admin, matchmaking, search, trust };

type Areas = typeof areas;
export type Messages = { [K in keyof Areas]: Areas[K]['es'] };

function pick(locale: 'es' | 'en'): Messages {
	return Object.fromEntries(
		Object.entries(areas).map(([name, area]) => [name, area[locale]])
	) as Messages;
}

export const messages = { es: pick('es'), en: pick('en') };
