/**
 * The environment contract of docs/contracts.md, read once. Plain `process.env` (not `$env`)
 * so the same modules run in the server, the `extemin` command line and vitest.
 */
export interface Config {
	databasePath: string;
	/** `postgres://…`: PostgreSQL instead of the SQLite file (docs/postgresql.md). */
	databaseUrl: string | null;
	searchEngine: 'sqlite' | 'meilisearch';
	meiliHost: string | null;
	meiliApiKey: string | null;
	seed: 'demo' | 'none';
	origin: string;
	smtpUrl: string | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const meiliHost = env.MEILI_HOST?.trim() || null;
	const requested = (env.SEARCH_ENGINE ?? 'auto').trim();
	if (!['auto', 'sqlite', 'meilisearch'].includes(requested)) {
		throw new Error(`SEARCH_ENGINE: "${requested}" is not one of auto, sqlite, meilisearch`);
	}
	const searchEngine =
		requested === 'meilisearch' || (requested === 'auto' && meiliHost) ? 'meilisearch' : 'sqlite';
	if (searchEngine === 'meilisearch' && !meiliHost) {
		throw new Error('SEARCH_ENGINE=meilisearch needs MEILI_HOST');
	}
	const databaseUrl = env.DATABASE_URL?.trim() || null;
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
		throw new Error('DATABASE_URL: not a postgres:// or postgresql:// URL');
	}
	const seed = (env.SEED ?? 'demo').trim();
	if (seed !== 'demo' && seed !== 'none') throw new Error(`SEED: "${seed}" is not demo or none`);
	return {
		databasePath: env.DATABASE_PATH?.trim() || 'data/extemin.db',
		databaseUrl,
		searchEngine,
		meiliHost,
		meiliApiKey: env.MEILI_API_KEY?.trim() || null,
		seed,
		origin: env.ORIGIN?.trim() || 'http://localhost:3000',
		smtpUrl: env.SMTP_URL?.trim() || null
	};
}
