import {
	PostgresAdapter,
	sql,
	type ColumnDataType,
	type ColumnDefinitionBuilder,
	type Kysely,
	type RawBuilder
} from 'kysely';

/**
 * What differs between SQLite and PostgreSQL in a migration, in one place (docs/architecture.md,
 * "One schema, two databases"). Migrations call these helpers instead of writing `if (dialect)`.
 * Times are whole seconds since the Unix epoch everywhere: INTEGER on SQLite (64-bit),
 * BIGINT on PostgreSQL (so no 2038 overflow); the pg pool parses BIGINT back to a number.
 */
export type Dialect = 'sqlite' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
type AnyDb = Kysely<any>;

export function dialectOf(db: AnyDb): Dialect {
	return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The table suffix: STRICT on SQLite (types are checked), nothing on PostgreSQL. */
export function strict(db: AnyDb): RawBuilder<unknown> {
	return dialectOf(db) === 'sqlite' ? sql`strict` : sql``;
}

/** The current time in epoch seconds, as a column default or in a statement. */
export function nowSeconds(db: AnyDb): RawBuilder<number> {
	return dialectOf(db) === 'sqlite'
		? sql<number>`(unixepoch())`
		: sql<number>`(floor(extract(epoch from now()))::bigint)`;
}

/** The type of an epoch-seconds column. */
export function epochType(db: AnyDb): ColumnDataType {
	return dialectOf(db) === 'sqlite' ? 'integer' : 'bigint';
}

/** The type of a binary column. */
export function blobType(db: AnyDb): ColumnDataType {
	return dialectOf(db) === 'sqlite' ? 'blob' : 'bytea';
}

/**
 * An auto-numbered primary key: SQLite's INTEGER PRIMARY KEY is the row id; PostgreSQL needs an
 * identity column. Use as `.addColumn('id', 'integer', idColumn(db))`.
 */
export function idColumn(db: AnyDb) {
	const postgres = dialectOf(db) === 'postgres';
	return (col: ColumnDefinitionBuilder) =>
		postgres ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey();
}

/**
 * The type of a floating-point column: SQLite's REAL is 8 bytes; PostgreSQL's `real` is
 * 4 bytes (six digits), so it gets `double precision`.
 */
export function realType(db: AnyDb): ColumnDataType {
	return dialectOf(db) === 'sqlite' ? 'real' : 'double precision';
}
