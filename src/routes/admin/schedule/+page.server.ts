import { fail, redirect } from '@sveltejs/kit';
import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { currentJob, startScheduleJob } from '$lib/server/matchmaking/schedule-jobs';
import { runScheduling } from '$lib/server/matchmaking/scheduling';
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
	return { job: currentJob(), runs };
};

/** Seconds from the form, kept within what an organiser can sensibly wait for. */
function budgetMs(form: FormData): number {
	const seconds = Number(form.get('budget') ?? 20);
	return Math.round(Math.min(300, Math.max(1, Number.isFinite(seconds) ? seconds : 20)) * 1000);
}

export const actions: Actions = {
	preview: async (event) => {
		requireOrganiser(event);
		const summary = await runScheduling(getDb(), { mode: 'preview', timeBudgetMs: 1500 });
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
		requireOrganiser(event);
		const job = startScheduleJob(getDb(), budgetMs(await event.request.formData()));
		if (!job) return fail(409, { error: messagesFor(event.locals.locale).matchmaking.admin.busy });
		redirect(303, localized('/admin/schedule'));
	}
};
