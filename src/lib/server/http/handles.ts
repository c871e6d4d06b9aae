import type { Handle, RequestEvent } from '@sveltejs/kit';
import { logger } from '../log';
import { busyResponse, isDatabaseBusy, wasBusy } from './busy';
import { checkBody, checkUrl, rejectionMessage } from './limits';

function wantsJson(event: RequestEvent): boolean {
	const accept = event.request.headers.get('accept') ?? '';
	return (
		event.isDataRequest ||
		event.url.pathname.startsWith('/api/') ||
		(accept.includes('application/json') && !accept.includes('text/html'))
	);
}

/** Refuses oversized, over-long and badly encoded input before routing, with a short message. */
export const handleInputLimits: Handle = async ({ event, resolve }) => {
	const rejection = checkUrl(event.url) ?? (await checkBody(event.request));
	if (!rejection) return resolve(event);
	const message = rejectionMessage(rejection.reason, event.locals.locale);
	logger.info(
		{ reqId: event.locals.requestId, reason: rejection.reason, status: rejection.status },
		'request refused at the edge'
	);
	const headers = { 'cache-control': 'no-store', connection: 'close' };
	return wantsJson(event)
		? Response.json({ message }, { status: rejection.status, headers })
		: new Response(message, {
				status: rejection.status,
				headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
			});
};

/**
 * A database held by another writer beyond busy_timeout is a temporary condition, not a bug:
 * 503 with Retry-After instead of 500. Errors thrown by a later handle are caught here; errors
 * inside loads, actions and endpoints have already become a 500 response, which handleError
 * marked (it cannot change the status itself).
 */
export const handleDatabaseBusy: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (err) {
		if (!isDatabaseBusy(err)) throw err;
		logger.warn({ reqId: event.locals.requestId, err }, 'database busy');
		return busyResponse(event.locals.locale, wantsJson(event));
	}
	if (response.status >= 500 && wasBusy(event.locals)) {
		await response.body?.cancel();
		return busyResponse(event.locals.locale, wantsJson(event));
	}
	return response;
};
