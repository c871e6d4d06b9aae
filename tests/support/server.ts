import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
	baseUrl: string;
	databasePath: string;
	process: ChildProcess;
	stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		try {
			const res = await fetch(url);
			if (res.status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the built server (`node build`) on a free port with a temporary database.
 * SEED=demo (the default) loads the small demo event on the empty database.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
	const dir = mkdtempSync(join(tmpdir(), 'extemin-test-'));
	const databasePath = env.DATABASE_PATH ?? join(dir, 'extemin.db');
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			DATABASE_PATH: databasePath,
			BODY_SIZE_LIMIT: '4M',
			LOG_LEVEL: process.env.TEST_SERVER_LOG_LEVEL ?? 'warn',
			SEARCH_ENGINE: 'sqlite',
			...env
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
			await exited;
			clearTimeout(timer);
		}
		if (!env.DATABASE_PATH) rmSync(dir, { recursive: true, force: true });
	};
	try {
		await waitForHttp(`${baseUrl}/`, child, 90_000);
	} catch (err) {
		await stop();
		throw err;
	}
	return { baseUrl, databasePath, process: child, stop };
}

/** Resident memory of a process in MB, from /proc/<pid>/status (Linux); null elsewhere. */
export function residentMemoryMb(pid: number | undefined): number | null {
	if (pid === undefined) return null;
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
		return kb ? Number(kb) / 1024 : null;
	} catch {
		return null;
	}
}
