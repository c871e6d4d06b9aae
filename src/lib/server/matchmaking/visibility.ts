import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';

/**
 * What a participant may see of meeting `m`: what the pair booked themselves, and what the
 * organiser's scheduler placed only once the organiser has published it.
 */
export function visibleToParticipants(
	eb: ExpressionBuilder<Database & { m: Database['meeting'] }, 'm'>
) {
	return eb.or([eb('m.placed_by', '=', 'participant'), eb('m.published_at', 'is not', null)]);
}
