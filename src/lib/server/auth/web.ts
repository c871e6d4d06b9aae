import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { createSession, deleteSessionCookie, invalidateSession, setSessionCookie } from './session';

/** Signs a user in on this response: a fresh token every time (no session fixation). */
export async function startSession(event: RequestEvent, userId: number): Promise<void> {
	const db = getDb();
	if (event.locals.session) await invalidateSession(db, event.locals.session.id);
	const { token, session } = await createSession(db, userId);
	setSessionCookie(event.cookies, event.url, token, session.expiresAt);
}

export async function endSession(event: RequestEvent): Promise<void> {
	if (event.locals.session) await invalidateSession(getDb(), event.locals.session.id);
	deleteSessionCookie(event.cookies, event.url);
	event.locals.user = null;
	event.locals.session = null;
}
