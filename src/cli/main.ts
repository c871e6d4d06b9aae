import { catalogueCommands } from './commands/catalogue';
import { databaseCommands } from './commands/database';
import { reindexCommand } from './commands/reindex';
import { scheduleCommand } from './commands/schedule';
import { createOrganiserCommand } from './commands/create-organiser';
import { mailCommand } from './commands/mail';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
	migrate: { run: databaseCommands.migrate, usage: 'migrate' },
	seed: { run: databaseCommands.seed, usage: 'seed [--size small|large]' },
	import: { run: catalogueCommands.import, usage: 'import <file.json|file.csv>' },
	export: {
		run: catalogueCommands.export,
		usage: 'export <organisations|innovations|meetings> [--format csv|json]'
	},
	reindex: { run: reindexCommand, usage: 'reindex' },
	schedule: { run: scheduleCommand, usage: 'schedule [--in <instance.json> --out <result.json>]' },
	backup: { run: databaseCommands.backup, usage: 'backup <file>' },
	'create-organiser': { run: createOrganiserCommand, usage: 'create-organiser <email>' },
	mail: { run: mailCommand, usage: 'mail list | mail show <id>' }
};

function usage(): string {
	const lines = Object.values(commands).map((c) => `  extemin ${c.usage}`);
	return `EXTEMIN Connect command line\n\nUsage:\n${lines.join('\n')}\n\nThe database is DATABASE_URL (postgres://…) when set, else DATABASE_PATH (default data/extemin.db).\n`;
}

export async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		process.stdout.write(usage());
		return name ? 0 : 2;
	}
	const command = commands[name];
	if (!command) {
		process.stderr.write(`extemin: unknown command "${name}"\n\n${usage()}`);
		return 2;
	}
	try {
		return await command.run(args);
	} catch (err) {
		process.stderr.write(`extemin ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
		return 1;
	}
}
