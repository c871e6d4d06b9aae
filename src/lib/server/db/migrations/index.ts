import type { Migration } from 'kysely';
import * as initial from './2026_11_27_0000_initial';
import * as auth from './2026_11_27_0200_auth';
import * as matchmaking from './2026_11_27_0300_matchmaking';
import * as moderation from './2026_12_01_0200_moderation';

/**
 * Every migration, by name. Listed explicitly (not globbed) so that the server bundle,
 * the `extemin` command line and vitest all run the same set. Append new ones; never edit.
 */
export const migrations: Record<string, Migration> = {
	'2026_11_27_0000_initial': initial,
	'2026_11_27_0200_auth': auth,
	'2026_11_27_0300_matchmaking': matchmaking,
	'2026_12_01_0200_moderation': moderation
};
