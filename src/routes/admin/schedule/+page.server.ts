import { fail, redirect } from '@sveltejs/kit';
import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import {
	cancelScheduleJob,
	currentJob,
	previewInWorker,
	startScheduleJob
} from '$lib/server/matchmaking/schedule-jobs';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const runs = await getDb()
		.selectFrom('schedule_run')
		.selectAll()
		.orderBy('id', 'desc')
		.limit(10)
		.execute();
	return { job: await currentJob(getDb()), runs };
};

/** Seconds from the form, kept within what an organiser can sensibly wait for. */
function budgetMs(form: FormData): number {
	const seconds = Number(form.get('budget') ?? 20);
	return Math.round(Math.min(300, Math.max(1, Number.isFinite(seconds) ? seconds : 20)) * 1000);
}

export const actions: Actions = {
	preview: async (event) => {
		requireOrganiser(event);
		// In the worker thread: the request waits for its own preview, nobody else does.
		const summary = await previewInWorker(1500);
		return {
			preview: {
				stats: summary.result.stats,
				unscheduled: summary.result.unscheduled.length,
				requests: summary.requests,
				unscheduledList: summary.unscheduledList
			}
		};
	},
	run: async (event) => {
		const user = requireOrganiser(event);
		const started = await startScheduleJob(getDb(), {
			timeBudgetMs: budgetMs(await event.request.formData()),
			startedBy: user.id
		});
		if (!started)
			return fail(409, { error: messagesFor(event.locals.locale).matchmaking.admin.busy });
		redirect(303, localized('/admin/schedule'));
	},
	cancel: async (event) => {
		requireOrganiser(event);
		if (!(await cancelScheduleJob(getDb())))
			return fail(409, { error: messagesFor(event.locals.locale).matchmaking.admin.notRunning });
		redirect(303, localized('/admin/schedule'));
	}
};
