import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { requireOrganiser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listApprovedExhibitors } from '$lib/server/db/queries/floor';
import { assignExhibitor, unassignExhibitor } from '$lib/server/floor/assignment';
import { addBooth, removeBooth, updateBooth, type BoothInput } from '$lib/server/floor/booths';
import { describeFloorIssue } from '$lib/server/floor/describe';
import { FloorError } from '$lib/server/floor/errors';
import { generateHallGrid } from '$lib/server/floor/grid';
import { createHall, deleteHall, updateHall } from '$lib/server/floor/halls';
import { loadFloorPlan } from '$lib/server/floor/plan';
import type { BoothStatus } from '$lib/server/db/schema';
import { FormReader } from './parse.server';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/server/http/locale';

export const load: PageServerLoad = async (event) => {
	requireOrganiser(event);
	const { url } = event;
	const db = getDb();
	const [plan, exhibitors] = await Promise.all([
		loadFloorPlan(db, {
			hallCode: url.searchParams.get('hall')?.toUpperCase() ?? null,
			boothCode: url.searchParams.get('booth')?.toUpperCase() ?? null
		}),
		listApprovedExhibitors(db)
	]);
	return { ...plan, exhibitors, saved: url.searchParams.has('saved') };
};

type Event = RequestEvent;

async function reader(event: Event) {
	return new FormReader(await event.request.formData(), event.locals.locale);
}

/** Runs one service call; a refusal becomes a 400 naming the booth, with the fields echoed back. */
async function attempt(
	event: Event,
	action: string,
	form: FormReader,
	work: () => Promise<unknown>
) {
	if (!form.ok) {
		return fail(400, {
			action,
			values: form.values,
			errors: form.errors,
			error: Object.values(form.errors)[0]
		});
	}
	try {
		await work();
	} catch (err) {
		if (!(err instanceof FloorError)) throw err;
		const error = describeFloorIssue(err.issue, event.locals.locale);
		return fail(err.issue.kind === 'overlap' || err.issue.kind.endsWith('occupied') ? 409 : 400, {
			action,
			values: form.values,
			errors: {},
			error
		});
	}
	return null;
}

function back(hall: string, booth?: string | null): never {
	const params = new URLSearchParams({ hall });
	if (booth) params.set('booth', booth);
	params.set('saved', '1');
	redirect(303, localized(`/admin/floor?${params}`));
}

function boothInput(
	form: FormReader,
	t: ReturnType<typeof messagesFor>['admin']['floorEditor']
): BoothInput {
	return {
		code: form.code('code'),
		x: form.number('x', t.x),
		y: form.number('y', t.y),
		width: form.number('width', t.width),
		depth: form.number('depth', t.depth),
		category: form.text('category', 30),
		status: (form.text('status', 20) || undefined) as BoothStatus | undefined
	};
}

const STATUSES = ['free', 'reserved', 'blocked'];

export const actions: Actions = {
	createHall: async (event) => {
		const user = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).admin.floorEditor;
		const form = await reader(event);
		const input = {
			code: form.required('code', t.code),
			name_es: form.text('name_es', 80),
			name_en: form.text('name_en', 80),
			width: form.number('width', t.width),
			depth: form.number('depth', t.depth)
		};
		const failed = await attempt(event, 'createHall', form, () =>
			createHall(getDb(), user.id, input)
		);
		return failed ?? back(input.code);
	},
	updateHall: async (event) => {
		const user = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).admin.floorEditor;
		const form = await reader(event);
		const code = form.code('hall');
		const input = {
			code,
			name_es: form.text('name_es', 80),
			name_en: form.text('name_en', 80),
			width: form.number('width', t.width),
			depth: form.number('depth', t.depth)
		};
		const failed = await attempt(event, 'updateHall', form, () =>
			updateHall(getDb(), user.id, code, input)
		);
		return failed ?? back(code);
	},
	deleteHall: async (event) => {
		const user = requireOrganiser(event);
		const form = await reader(event);
		const code = form.code('hall');
		const failed = await attempt(event, 'deleteHall', form, () =>
			deleteHall(getDb(), user.id, code)
		);
		if (failed) return failed;
		redirect(303, localized('/admin/floor?saved=1'));
	},
	grid: async (event) => {
		const user = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).admin.floorEditor;
		const form = await reader(event);
		const hall = form.code('hall');
		const input = {
			boothWidth: form.number('boothWidth', t.boothWidth),
			boothDepth: form.number('boothDepth', t.boothDepth),
			aisle: form.number('aisle', t.aisle),
			blockLength: Math.round(form.number('blockLength', t.blockLength)),
			replace: form.flag('replace'),
			category: form.text('category', 30)
		};
		const failed = await attempt(event, 'grid', form, () =>
			generateHallGrid(getDb(), user.id, hall, input)
		);
		return failed ?? back(hall);
	},
	addBooth: async (event) => {
		const user = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).admin.floorEditor;
		const form = await reader(event);
		const hall = form.code('hall');
		const input = boothInput(form, t);
		if (input.status && !STATUSES.includes(input.status)) input.status = 'free';
		let code = '';
		const failed = await attempt(event, 'addBooth', form, async () => {
			code = (await addBooth(getDb(), user.id, hall, input)).code;
		});
		return failed ?? back(hall, code);
	},
	updateBooth: async (event) => {
		const user = requireOrganiser(event);
		const t = messagesFor(event.locals.locale).admin.floorEditor;
		const form = await reader(event);
		const booth = form.code('booth');
		const hall = form.code('hall');
		const input = boothInput(form, t);
		if (input.status && !STATUSES.includes(input.status)) input.status = undefined;
		const failed = await attempt(event, 'updateBooth', form, () =>
			updateBooth(getDb(), user.id, booth, input)
		);
		return failed ?? back(hall, input.code || booth);
	},
	deleteBooth: async (event) => {
		const user = requireOrganiser(event);
		const form = await reader(event);
		const booth = form.code('booth');
		const hall = form.code('hall');
		const options = { moveTo: form.code('moveTo') || undefined, unassign: form.flag('unassign') };
		const failed = await attempt(event, 'deleteBooth', form, () =>
			removeBooth(getDb(), user.id, booth, options)
		);
		return failed ?? back(hall);
	},
	assign: async (event) => {
		const user = requireOrganiser(event);
		const form = await reader(event);
		const booth = form.code('booth');
		const hall = form.code('hall');
		const exhibitor = Number(form.text('exhibitor', 12));
		const failed = await attempt(event, 'assign', form, () =>
			assignExhibitor(getDb(), user.id, Number.isInteger(exhibitor) ? exhibitor : 0, booth)
		);
		return failed ?? back(hall, booth);
	},
	unassign: async (event) => {
		const user = requireOrganiser(event);
		const form = await reader(event);
		const hall = form.code('hall');
		const booth = form.code('booth');
		const exhibitor = Number(form.text('exhibitor', 12));
		const failed = await attempt(event, 'unassign', form, () =>
			unassignExhibitor(getDb(), user.id, Number.isInteger(exhibitor) ? exhibitor : 0)
		);
		return failed ?? back(hall, booth);
	}
};
