import common from './common';
import catalogue from './catalogue';
import auth from './auth';
import organisation from './organisation';
import floor from './floor';
import admin from './admin';
import matchmaking from './matchmaking';
import search from './search';
import trust from './trust';
import commonEn from './en/common';
import catalogueEn from './en/catalogue';
import authEn from './en/auth';
import organisationEn from './en/organisation';
import floorEn from './en/floor';
import adminEn from './en/admin';
import matchmakingEn from './en/matchmaking';
import searchEn from './en/search';
import trustEn from './en/trust';

/**
 * Every user-facing string, by area and locale: `<area>.ts` holds the Spanish reference and its
 * type, `en/<area>.ts` the English with the same shape. This module imports all of them, so only
 * the server imports it; browsers load the areas of their page in their language through
 * `../load.ts`. Add an area: a file per locale, a line here and a line in `../load.ts`.
 */
const es = { common, catalogue, auth, organisation, floor, admin, matchmaking, search, trust };

export type Messages = typeof es;
export type Area = keyof Messages;

const en: Messages = {
	common: commonEn,
	catalogue: catalogueEn,
	auth: authEn,
	organisation: organisationEn,
	floor: floorEn,
	admin: adminEn,
	matchmaking: matchmakingEn,
	search: searchEn,
	trust: trustEn
};

export const messages = { es, en };
