import type { Db } from '../db/client';
import { getDb } from '../db/index';
import type { SearchEngine, SearchQuery, SearchResponse } from './engine';
import { getSearch } from './engines';
import { logSearch } from './log';

export * from './engine';
export { FallbackSearchEngine, getSearch, type SearchSetup } from './engines';
export { parseSearchParams } from './params';
export { flushSearchLog } from './log';
export {
	drainOutbox,
	enqueueSearchDocument,
	failedOutboxRows,
	reindexAll,
	requestDrain,
	startSearchSync,
	stopSearchSync
} from './sync';

/**
 * The catalogue's search: the configured engine (or the embedded one when Meilisearch does
 * not answer), and a line in search_log for the report of most searched terms.
 */
export async function searchCatalogue(
	query: SearchQuery,
	db: Db = getDb(),
	engine: SearchEngine = getSearch(db).engine
): Promise<SearchResponse> {
	const response = await engine.search(query);
	// Only first pages count: paging through results is not searching again.
	if (query.offset === 0) logSearch(db, query.q, query.locale, response.estimatedTotalHits);
	return response;
}
