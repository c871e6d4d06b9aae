import { closeDb, getDb } from '../../lib/server/db';
import { migrateToLatest } from '../../lib/server/db/migrate';
import { findMail, listMail } from '../../lib/server/mail';

const USAGE = 'usage: extemin mail list | extemin mail show <id>\n';

/**
 * `extemin mail list` and `extemin mail show <id>`: the stored outbox, in full, for local
 * development. The organiser's /admin/mail hides the secret links; whoever can run this
 * command can read the database file anyway.
 */
export async function mailCommand(args: string[]): Promise<number> {
	const [verb, idText, ...rest] = args;
	if ((verb !== 'list' && verb !== 'show') || rest.length || (verb === 'list' && idText)) {
		process.stderr.write(USAGE);
		return 2;
	}
	const id = Number(idText);
	if (verb === 'show' && !(Number.isSafeInteger(id) && id > 0)) {
		process.stderr.write(`mail show: "${idText ?? ''}" is not a mail id (see extemin mail list)\n`);
		return 2;
	}
	try {
		const db = getDb();
		await migrateToLatest(db);
		if (verb === 'list') {
			for (const m of await listMail(db, 100)) {
				process.stdout.write(`${m.id}\t${m.to_address}\t${m.subject}\n`);
			}
			return 0;
		}
		const mail = await findMail(db, id);
		if (!mail) {
			process.stderr.write(`mail show: no mail with id ${id}\n`);
			return 1;
		}
		process.stdout.write(`To: ${mail.to_address}\nSubject: ${mail.subject}\n\n${mail.body_text}\n`);
		return 0;
	} finally {
		await closeDb();
	}
}
