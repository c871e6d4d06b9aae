import { sharedServer } from '../support/shared-server';

export const baseUrl = sharedServer().baseUrl;
export const DEMO_PASSWORD = 'extemin-demo-2027';

export interface Reply {
	status: number;
	location: string | null;
	headers: Headers;
	text: string;
}

/** One HTTP call without following redirects; `cookie` is sent as is. */
export async function call(
	path: string,
	init: { method?: string; cookie?: string; form?: Record<string, string>; origin?: string } = {}
): Promise<Reply> {
	// A browser's Accept: without text/html SvelteKit answers form actions as JSON (use:enhance).
	const headers: Record<string, string> = { accept: 'text/html' };
	if (init.cookie) headers.cookie = init.cookie;
	let body: string | undefined;
	if (init.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin = init.origin ?? baseUrl;
		body = new URLSearchParams(init.form).toString();
	}
	const res = await fetch(`${baseUrl}${path}`, {
		method: init.method ?? (init.form ? 'POST' : 'GET'),
		headers,
		body,
		redirect: 'manual'
	});
	return {
		status: res.status,
		location: res.headers.get('location'),
		headers: res.headers,
		text: await res.text()
	};
}

/** Signs in through the real form and returns the `session=…` cookie pair. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
	const reply = await call('/login?/login', { form: { email, password, redirectTo: '/me' } });
	const setCookie = reply.headers.get('set-cookie') ?? '';
	const pair = /(?:^|, )(session=[^;]+)/.exec(setCookie)?.[1];
	if (reply.status !== 303 || !pair) throw new Error(`sign-in of ${email} failed: ${reply.status}`);
	return pair;
}
