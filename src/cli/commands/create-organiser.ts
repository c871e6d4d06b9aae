import { closeDb, getDb } from '../../lib/server/db';
import { migrateToLatest } from '../../lib/server/db/migrate';
import { createOrganiserSetupLink } from '../../lib/server/auth/recovery';

/**
 * `extemin create-organiser <email>`: prints a one-time setup link (24 hours) on standard
 * output. The organiser role is granted when the link is used; an existing account with that
 * email is signed out everywhere and its password cleared until then (docs/security.md).
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
			`Invitation for organiser ${email.toLowerCase()} created. The role is granted when this link is used, within 24 hours (send it only to that person):\n`
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
