import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readConfig } from '../../lib/server/config';
import { connectDb } from '../../lib/server/db/client';
import { migrateToLatest } from '../../lib/server/db/migrate';
import { importCatalogue } from '../../lib/server/catalogue/import';
import { EXPORT_KINDS, exportCollection, type ExportKind } from '../../lib/server/catalogue/export';
import { organisationsFromCsv } from '../../lib/domain/import-file';
import { parseCsvRecords } from '../../lib/domain/csv';
import { parseArgs } from '../args';

function readImportFile(path: string): unknown {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (err) {
		throw new Error(`cannot read ${path}`, { cause: err });
	}
	const type = extname(path).toLowerCase();
	if (type === '.csv') return { organisations: organisationsFromCsv(parseCsvRecords(text)) };
	if (type !== '.json') throw new Error(`${path}: the file must end in .json or .csv`);
	try {
		return JSON.parse(text);
	} catch (err) {
		throw new Error(
			`${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
			{ cause: err }
		);
	}
}

async function importCommand(args: string[]): Promise<number> {
	const { positional } = parseArgs(args, []);
	if (positional.length !== 1) throw new Error('usage: extemin import <file.json|file.csv>');
	const raw = readImportFile(positional[0]);
	const db = connectDb(readConfig());
	try {
		await migrateToLatest(db);
		process.stderr.write(`import: validating ${positional[0]}\n`);
		const result = await importCatalogue(db, raw);
		if (!result.ok) {
			process.stderr.write(
				`Nothing was imported: ${result.problems.length} problem(s)\n${result.problems.map((p) => `  ${p}`).join('\n')}\n`
			);
			return 1;
		}
		const { organisations: o, innovations: i } = result.summary;
		process.stdout.write(
			`Imported organisations: ${o.created} created, ${o.updated} updated; innovations: ${i.created} created, ${i.updated} updated\n`
		);
		return 0;
	} finally {
		await db.destroy();
	}
}

async function exportCommand(args: string[]): Promise<number> {
	const { options, positional } = parseArgs(args, ['format']);
	const kind = positional[0];
	if (positional.length !== 1 || !(EXPORT_KINDS as readonly string[]).includes(kind)) {
		throw new Error(`usage: extemin export <${EXPORT_KINDS.join('|')}> [--format csv|json]`);
	}
	const format = options.format ?? 'json';
	if (format !== 'csv' && format !== 'json')
		throw new Error(`--format: "${format}" is not csv or json`);
	const db = connectDb(readConfig());
	try {
		await migrateToLatest(db);
		process.stdout.write(await exportCollection(db, kind as ExportKind, format));
		return 0;
	} finally {
		await db.destroy();
	}
}

export const catalogueCommands = { import: importCommand, export: exportCommand };
