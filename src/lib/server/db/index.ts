import { connectDb, type Db } from './client';
import { readConfig } from '../config';

let instance: Db | null = null;

/** The process's database, opened on first use: DATABASE_URL (PostgreSQL) or DATABASE_PATH. */
export function getDb(): Db {
	instance ??= connectDb(readConfig());
	return instance;
}

export async function closeDb(): Promise<void> {
	const db = instance;
	instance = null;
	await db?.destroy();
}
