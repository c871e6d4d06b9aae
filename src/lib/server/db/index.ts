import { createDb, type Db } from './client';
import { readConfig } from '../config';

let instance: Db | null = null;

/** The process's database, opened on first use at DATABASE_PATH. */
export function getDb(): Db {
	instance ??= createDb(readConfig().databasePath);
	return instance;
}

export async function closeDb(): Promise<void> {
	const db = instance;
	instance = null;
	await db?.destroy();
}
