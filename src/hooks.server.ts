import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { readConfig } from '$lib/server/config';
import { closeDb, getDb } from '$lib/server/db';
import { prepareDatabase } from '$lib/server/bootstrap';
import { startSearchSync, stopSearchSync } from '$lib/server/search/sync';
import { logger } from '$lib/server/log';
import { startMailSender, stopMailSender } from '$lib/server/mail';
import { startEventLoopMonitor } from '$lib/server/metrics';
import { stopScheduleJobs } from '$lib/server/matchmaking/schedule-jobs';
import { stopRecommendationRebuilds } from '$lib/server/matchmaking/recommendations';
import { handleAccess, handleSession } from '$lib/server/auth/handles';
import { handleDatabaseBusy, handleInputLimits } from '$lib/server/http/handles';
import { handleLocale, requestLocale } from '$lib/server/http/locale';
import { handleCacheHeaders } from '$lib/server/http/headers';
import { busyMessage, isDatabaseBusy, markBusy } from '$lib/server/http/busy';

export const init: ServerInit = async () => {
	const config = readConfig();
	await prepareDatabase(getDb(), config);
	startSearchSync();
	startMailSender(getDb(), config.smtpUrl);
	startEventLoopMonitor();
	logger.info({ engine: config.searchEngine, database: config.databasePath }, 'server ready');
};

// adapter-node emits this after SIGTERM/SIGINT, once the requests in flight have finished.
process.on('sveltekit:shutdown', async (reason: string) => {
	try {
		await stopSearchSync();
		await stopMailSender();
		await stopScheduleJobs();
		stopRecommendationRebuilds();
		await closeDb();
		logger.info({ reason }, 'shut down cleanly');
	} catch (err) {
		logger.error({ err, reason }, 'shutdown did not finish cleanly');
	}
});

const handleRequestContext: Handle = async ({ event, resolve }) => {
	event.locals.requestId = event.request.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
	event.locals.locale = requestLocale(event);
	event.locals.user = null;
	event.locals.session = null;
	const started = performance.now();
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	response.headers.set('x-request-id', event.locals.requestId);
	logger.info(
		{
			reqId: event.locals.requestId,
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	// A route may ask for less (the iCal feed's secret URL: no-referrer); never overwrite it.
	if (!response.headers.has('referrer-policy')) {
		response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	}
	response.headers.set('x-frame-options', 'DENY');
	if (event.url.protocol === 'https:') {
		response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	return response;
};

export const handle = sequence(
	handleRequestContext,
	handleSecurityHeaders,
	handleLocale,
	handleInputLimits,
	handleDatabaseBusy,
	handleSession,
	handleCacheHeaders,
	handleAccess
);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (isDatabaseBusy(error)) {
		markBusy(event.locals);
		logger.warn(
			{ err: error, reqId: event.locals.requestId, path: event.url.pathname },
			'database busy'
		);
		return { message: busyMessage(event.locals.locale), requestId: event.locals.requestId };
	}
	if (status >= 500) {
		logger.error({ err: error, reqId: event.locals.requestId, path: event.url.pathname }, message);
	}
	return { message, requestId: event.locals.requestId };
};
