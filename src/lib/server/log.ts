import pino from 'pino';

/** Structured JSON logs on stdout; quiet in tests unless LOG_LEVEL says otherwise. */
export const logger = pino({
	level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
	base: { service: 'extemin-connect' },
	redact: ['req.headers.cookie', 'password', 'token']
});
