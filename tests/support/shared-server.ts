import { inject } from 'vitest';
import type { SharedServer } from './global-server';

/**
 * The built server of this test file's worker slot (tests/support/global-server.ts and
 * global-server-pg.ts): files that run at the same time have different slots, so a server
 * never serves two files at once.
 */
export function sharedServer(): SharedServer {
	const servers = inject('servers');
	const slot = Number(process.env.VITEST_POOL_ID ?? 1);
	return servers[(Math.max(1, slot) - 1) % servers.length];
}
