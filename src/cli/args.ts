/** Reads `--name value` options and positional arguments; unknown options are an error. */
export function parseArgs(
	args: string[],
	known: string[]
): { options: Record<string, string>; positional: string[] } {
	const options: Record<string, string> = {};
	const positional: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (!arg.startsWith('--')) {
			positional.push(arg);
			continue;
		}
		const [rawName, inline] = arg.slice(2).split('=', 2);
		if (!known.includes(rawName)) throw new Error(`unknown option --${rawName}`);
		const value = inline ?? args[++i];
		if (value === undefined || value.startsWith('--'))
			throw new Error(`--${rawName} needs a value`);
		options[rawName] = value;
	}
	return { options, positional };
}

/** A progress line on stderr that rewrites itself on a terminal and prints steps otherwise. */
export function progress(label: string) {
	let last = -1;
	return (message: string, fraction: number) => {
		const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
		if (process.stderr.isTTY) {
			const width = 24;
			const filled = Math.round((pct / 100) * width);
			const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
			process.stderr.write(`\r${label} [${bar}] ${String(pct).padStart(3)}% ${message}`.padEnd(90));
			if (pct === 100) process.stderr.write('\n');
		} else if (pct >= last + 10 || pct === 100) {
			last = pct;
			process.stderr.write(`${label}: ${pct}% ${message}\n`);
		}
	};
}
