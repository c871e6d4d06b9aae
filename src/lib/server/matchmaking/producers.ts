/**
 * The small-producer track: for each tool a producer may need, the participants who offer it
 * (a curated key, or a free tag that spells one of its labels or aliases), with their booth.
 */
import { toTerm } from '../../domain/matching/terms';
import { PRODUCER_TOOL_ITEMS, type VocabularyItem } from '../../domain/matching/vocabulary';
import type { Db } from '../db/client';
import { listParticipants, type ParticipantCard } from './participants';

export interface ToolProviders {
	tool: VocabularyItem;
	providers: (ParticipantCard & { booth: string | null })[];
}

async function boothsByOrganisation(db: Db): Promise<Map<number, string>> {
	const rows = await db
		.selectFrom('exhibitor as e')
		.innerJoin('booth as b', 'b.id', 'e.booth_id')
		.select(['e.organisation_id', 'b.code'])
		.where('e.status', '=', 'approved')
		.execute();
	return new Map(rows.map((r) => [r.organisation_id, r.code]));
}

/** Providers per tool: exhibitors with a booth first, then by name. At most `limit` per tool. */
export async function providersByTool(db: Db, limit = 12): Promise<ToolProviders[]> {
	const [{ cards }, booths] = await Promise.all([listParticipants(db), boothsByOrganisation(db)]);
	return PRODUCER_TOOL_ITEMS.map((tool) => {
		const providers = cards
			.filter((c) => c.organisation?.kind !== 'small-producer')
			.filter((c) => c.offers.some((o) => toTerm(o).key === tool.key))
			.map((c) => ({
				...c,
				booth: c.organisation ? (booths.get(c.organisation.id) ?? null) : null
			}))
			.sort(
				(a, b) =>
					Number(b.booth !== null) - Number(a.booth !== null) || a.name.localeCompare(b.name, 'es')
			)
			.slice(0, limit);
		return { tool, providers };
	});
}
