import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { parseBreaks } from '$lib/domain/programme';
import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { addDay, listDays, removeDay, saveHours } from '$lib/server/programme/days';
import { describeProgrammeIssue } from '$lib/server/programme/describe';
import { ProgrammeError } from '$lib/server/programme/errors';
import {
	programmeStatus,
	publishSchedule,
	setRequestWindow,
	unpublishSchedule
} from '$lib/server/programme/publish';
import { readSpec } from '$lib/server/programme/settings';
import {
	listChangeRequests,
	organiserCancelMeeting,
	resolveChangeRequest
} from '$lib/server/programme/changes';
import { findSettings } from '$lib/server/db/queries/settings';
import { idFrom } from '$lib/server/matchmaking/http';
import { listTableZones, saveTables } from '$lib/server/programme/tables';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const db = getDb();
	const [days, spec, zones, status, changes, settings] = await Promise.all([
		listDays(db),
		readSpec(db),
		listTableZones(db),
		programmeStatus(db),
		listChangeRequests(db),
		findSettings(db)
	]);
	const eventDates = {
		from: settings['event.starts_on'] ?? '',
		to: settings['event.ends_on'] ?? ''
	};
	return {
		days,
		spec,
		zones,
		status,
		changes,
		eventDates,
		saved: event.url.searchParams.has('saved')
	};
};

const field = (form: FormData, name: string, max = 200) =>
	String(form.get(name) ?? '')
		.trim()
		.slice(0, max);

/** Runs one service call as the signed-in organiser; a refusal becomes a 400 with the fields echoed. */
async function act(
	event: RequestEvent,
	action: string,
	work: (form: FormData, actor: number) => Promise<unknown>
) {
	const user = requireOrganiser(event);
	const form = await event.request.formData();
	const values = Object.fromEntries([...form].map(([k, v]) => [k, String(v).slice(0, 500)]));
	try {
		await work(form, user.id);
	} catch (err) {
		if (!(err instanceof ProgrammeError)) throw err;
		return fail(400, {
			action,
			values,
			error: describeProgrammeIssue(err.issue, event.locals.locale)
		});
	}
	redirect(303, localized('/admin/programme?saved=1'));
}

export const actions: Actions = {
	addDay: (event) =>
		act(event, 'addDay', (form, actor) => addDay(getDb(), actor, field(form, 'date', 10))),
	removeDay: (event) =>
		act(event, 'removeDay', (form, actor) =>
			removeDay(getDb(), actor, idFrom(form.get('day')) ?? 0)
		),
	saveHours: (event) =>
		act(event, 'saveHours', async (form, actor) => {
			const breaks = parseBreaks(field(form, 'breaks', 1000));
			const spec = {
				dayStart: field(form, 'dayStart', 5),
				dayEnd: field(form, 'dayEnd', 5),
				slotMinutes: Number(field(form, 'slotMinutes', 4)),
				// An unreadable break list fails the same check as a break in the wrong order.
				breaks: breaks ?? [{ start: '?', end: '?' }]
			};
			await saveHours(getDb(), actor, spec);
		}),
	saveTables: (event) =>
		act(event, 'saveTables', (form, actor) =>
			saveTables(getDb(), actor, {
				count: Number(field(form, 'count', 6)),
				first: Number(field(form, 'first', 6)),
				zone: field(form, 'zone', 60)
			})
		),
	openRequests: (event) =>
		act(event, 'window', (_, actor) => setRequestWindow(getDb(), actor, true)),
	closeRequests: (event) =>
		act(event, 'window', (_, actor) => setRequestWindow(getDb(), actor, false)),
	publish: (event) => act(event, 'publish', (_, actor) => publishSchedule(getDb(), actor)),
	unpublish: (event) => act(event, 'publish', (_, actor) => unpublishSchedule(getDb(), actor)),
	cancelMeeting: (event) =>
		act(event, 'change', (form, actor) =>
			organiserCancelMeeting(getDb(), actor, idFrom(form.get('change')) ?? 0)
		),
	resolveChange: (event) =>
		act(event, 'change', (form, actor) =>
			resolveChangeRequest(getDb(), actor, idFrom(form.get('change')) ?? 0)
		)
};
