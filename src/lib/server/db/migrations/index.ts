import type { Migration } from 'kysely';
import * as initial from './2026_11_27_0000_initial';
import * as auth from './2026_11_27_0200_auth';
import * as matchmaking from './2026_11_27_0300_matchmaking';
import * as jobs from './2026_12_01_0100_jobs';
import * as moderation from './2026_12_01_0200_moderation';
import * as matchmakingRules from './2026_12_01_0300_matchmaking_rules';
import * as searchSync from './2026_12_01_0400_search_sync';
import * as coreSectorsRequestedBooths from './2026_12_01_0600_core_sectors_requested_booths';
import * as tagTranslations from './2026_12_01_2140_tag_translations';
import * as searchDrainLease from './2026_12_02_0137_search_drain_lease';

/**
 * Every migration, by name. Listed explicitly (not globbed) so that the server bundle,
 * the `extemin` command line and vitest all run the same set. Append new ones; never edit.
 */
export const migrations: Record<string, Migration> = {
	'2026_11_27_0000_initial': initial,
	'2026_11_27_0200_auth': auth,
	'2026_11_27_0300_matchmaking': matchmaking,
	'2026_12_01_0100_jobs': jobs,
	'2026_12_01_0200_moderation': moderation,
	'2026_12_01_0300_matchmaking_rules': matchmakingRules,
	'2026_12_01_0400_search_sync': searchSync,
	'2026_12_01_0600_core_sectors_requested_booths': coreSectorsRequestedBooths,
	'2026_12_01_2140_tag_translations': tagTranslations,
	'2026_12_02_0137_search_drain_lease': searchDrainLease
};
