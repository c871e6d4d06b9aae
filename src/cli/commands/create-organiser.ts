import { closeDb, getDb } from '../../lib/server/db';
import { migrateToLatest } from '../../lib/server/db/migrate';
import { createOrganiserSetupLink } from '../../lib/server/auth/recovery';

/**
 * `extemin create-organiser <email>`: creates the organiser with that email (or promotes an
 * existing account) and prints a one-time setup link, valid for 24 hours, on standard output.
 */
export async function createOrganiserCommand(args: string[]): Promise<number> {
	const email = args[0]?.trim();
	if (!email || args.length > 1) {
		process.stderr.write('usage: extemin create-organiser <email>\n');
		return 2;
	}
	try {
		const db = getDb();
		await migrateToLatest(db);
		const link = await createOrganiserSetupLink(db, email);
		process.stderr.write(
			`Organiser ${email.toLowerCase()} ready. Open this link within 24 hours:\n`
		);
		process.stdout.write(`${link}\n`);
		return 0;
	} catch (err) {
		process.stderr.write(`create-organiser: ${err instanceof Error ? err.message : String(err)}\n`);
		return 1;
	} finally {
		await closeDb();
	}
}
