import { describe, expect, it } from 'vitest';
import { accessPolicy, hasPolicy, isAllowed } from '../../../src/lib/server/auth/policy';
import { listRouteIds } from './routes';

describe('the access policy table', () => {
	const ids = listRouteIds();

	it('finds the routes', () => {
		expect(ids).toContain('/(auth)/login');
		expect(ids.length).toBeGreaterThan(10);
	});

	it('has an entry for every page and endpoint under src/routes', () => {
		const missing = ids.filter((id) => !hasPolicy(id));
		expect(missing, `add these route ids to src/lib/server/auth/policy.ts`).toEqual([]);
	});

	it('keeps the organiser console to organisers', () => {
		for (const id of ids.filter((i) => i === '/admin' || i.startsWith('/admin/'))) {
			expect(accessPolicy[id], id).toEqual(['organiser']);
		}
	});

	it('closes unknown routes to everyone', () => {
		for (const role of ['anonymous', 'attendee', 'member', 'organiser'] as const) {
			expect(isAllowed('/not/in/the/table', role)).toBe(false);
		}
	});

	it('lets anonymous visitors reach the catalogue and sign-in, not Mi EXTEMIN', () => {
		expect(isAllowed('/(public)/exhibitors/[slug]', 'anonymous')).toBe(true);
		expect(isAllowed('/(auth)/login', 'anonymous')).toBe(true);
		expect(isAllowed('/(app)/me', 'anonymous')).toBe(false);
		expect(isAllowed('/(app)/organisation/edit', 'attendee')).toBe(false);
		expect(isAllowed('/(app)/organisation/edit', 'member')).toBe(true);
	});
});
