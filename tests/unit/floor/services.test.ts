import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { createHall, deleteHall, updateHall } from '../../../src/lib/server/floor/halls';
import { addBooth, removeBooth, updateBooth } from '../../../src/lib/server/floor/booths';
import { assignExhibitor, unassignExhibitor } from '../../../src/lib/server/floor/assignment';
import { generateHallGrid } from '../../../src/lib/server/floor/grid';
import { FloorError } from '../../../src/lib/server/floor/errors';
import { describeFloorIssue } from '../../../src/lib/server/floor/describe';
import { loadFloorPlan } from '../../../src/lib/server/floor/plan';
import { addExhibitor, auditActions, boothState, freshDb } from './fixture';

let db: Db;
const ACTOR = null;
const hallInput = {
	code: 'P1',
	name_es: 'Pabellón 1',
	name_en: 'Pavilion 1',
	width: 30,
	depth: 20
};
const box = (x: number, y: number) => ({ x, y, width: 3, depth: 3 });

async function refusal(work: Promise<unknown>) {
	const err = await work.then(
		() => null,
		(e: unknown) => e
	);
	expect(err).toBeInstanceOf(FloorError);
	return (err as FloorError).issue;
}

beforeEach(async () => {
	db = await freshDb();
	await createHall(db, ACTOR, hallInput);
});
afterEach(() => db.destroy());

describe('booths', () => {
	it('adds a booth with the next code and refuses an overlap, changing nothing', async () => {
		await addBooth(db, ACTOR, 'P1', box(0, 0));
		const before = await boothState(db);
		const issue = await refusal(addBooth(db, ACTOR, 'P1', { code: 'P1-009', ...box(1.5, 1.5) }));
		expect(issue).toEqual({ kind: 'overlap', booth: 'P1-009', other: 'P1-001' });
		expect(describeFloorIssue(issue, 'es')).toBe(
			'El stand P1-009 se superpone con el stand P1-001.'
		);
		expect(await boothState(db)).toEqual(before);
		expect(await auditActions(db)).toEqual(['hall.create P1', 'booth.create P1-001']);
	});

	it('refuses a move outside the hall and names the booth', async () => {
		await addBooth(db, ACTOR, 'P1', box(0, 0));
		const issue = await refusal(updateBooth(db, ACTOR, 'P1-001', box(28, 0)));
		expect(describeFloorIssue(issue, 'en')).toBe('Booth P1-001 lies outside the pavilion.');
		await updateBooth(db, ACTOR, 'P1-001', { ...box(27, 17), status: 'blocked' });
		expect((await boothState(db))[0]).toMatchObject({ x_m: 27, y_m: 17, status: 'blocked' });
	});

	it('refuses to shrink a hall under a booth', async () => {
		await addBooth(db, ACTOR, 'P1', box(24, 0));
		const issue = await refusal(updateHall(db, ACTOR, 'P1', { ...hallInput, width: 25 }));
		expect(issue).toEqual({ kind: 'hall-too-small', hall: 'P1', booth: 'P1-001' });
	});
});

describe('grid', () => {
	it('generates a whole grid in one step and refuses one that runs into a booth', async () => {
		const spec = { boothWidth: 3, boothDepth: 3, aisle: 2, blockLength: 4, replace: false };
		const result = await generateHallGrid(db, ACTOR, 'P1', spec);
		expect(result.first).toBe('P1-001');
		const count = (await boothState(db)).length;
		expect(count).toBe(result.count);
		const issue = await refusal(generateHallGrid(db, ACTOR, 'P1', spec));
		expect(issue.kind).toBe('grid-overlap');
		expect((await boothState(db)).length).toBe(count);
		const again = await generateHallGrid(db, ACTOR, 'P1', { ...spec, replace: true });
		expect(again.first).toBe('P1-001');
	});
});

describe('assignment', () => {
	beforeEach(async () => {
		await addBooth(db, ACTOR, 'P1', box(0, 0));
		await addBooth(db, ACTOR, 'P1', box(3, 0));
	});

	it('places an approved exhibitor, moves it on reassignment and re-indexes it', async () => {
		const { exhibitorId, organisationId } = await addExhibitor(db, 'andes');
		await assignExhibitor(db, ACTOR, exhibitorId, 'P1-001');
		await assignExhibitor(db, ACTOR, exhibitorId, 'P1-002');
		const state = await boothState(db);
		expect(state.map((b) => [b.code, b.status, b.exhibitorId])).toEqual([
			['P1-001', 'free', null],
			['P1-002', 'assigned', exhibitorId]
		]);
		const outbox = await db.selectFrom('outbox').selectAll().execute();
		expect(outbox.every((o) => o.doc_type === 'organisation' && o.doc_id === organisationId)).toBe(
			true
		);
		expect(outbox).toHaveLength(2);
		expect((await auditActions(db)).slice(-2)).toEqual([
			'booth.assign andes',
			'booth.reassign andes'
		]);
		await unassignExhibitor(db, ACTOR, exhibitorId);
		expect((await boothState(db)).every((b) => b.status === 'free')).toBe(true);
	});

	it('refuses a pending exhibitor and an occupied booth', async () => {
		const pending = await addExhibitor(db, 'pending-co', { status: 'pending' });
		expect((await refusal(assignExhibitor(db, ACTOR, pending.exhibitorId, 'P1-001'))).kind).toBe(
			'exhibitor-not-approved'
		);
		const a = await addExhibitor(db, 'alpha');
		const b = await addExhibitor(db, 'beta');
		await assignExhibitor(db, ACTOR, a.exhibitorId, 'P1-001');
		const issue = await refusal(assignExhibitor(db, ACTOR, b.exhibitorId, 'P1-001'));
		expect(describeFloorIssue(issue, 'es')).toBe('El stand P1-001 ya está asignado a ALPHA.');
	});

	it('asks where the exhibitor goes before removing its booth', async () => {
		const { exhibitorId } = await addExhibitor(db, 'andes');
		await assignExhibitor(db, ACTOR, exhibitorId, 'P1-001');
		const issue = await refusal(removeBooth(db, ACTOR, 'P1-001'));
		expect(issue).toEqual({ kind: 'target-required', booth: 'P1-001', exhibitor: 'ANDES' });
		expect((await boothState(db)).length).toBe(2);
		expect((await refusal(deleteHall(db, ACTOR, 'P1'))).kind).toBe('hall-occupied');

		await removeBooth(db, ACTOR, 'P1-001', { moveTo: 'P1-002' });
		expect(await boothState(db)).toMatchObject([
			{ code: 'P1-002', status: 'assigned', exhibitorId }
		]);
		await removeBooth(db, ACTOR, 'P1-002', { unassign: true });
		expect(await boothState(db)).toEqual([]);
		expect((await auditActions(db)).slice(-4)).toEqual([
			'booth.reassign andes',
			'booth.delete P1-001',
			'booth.unassign andes',
			'booth.delete P1-002'
		]);
	});

	it('shows only approved exhibitors on the plan, with their sectors', async () => {
		const { exhibitorId } = await addExhibitor(db, 'andes', { sectors: ['renewables', 'ai'] });
		await assignExhibitor(db, ACTOR, exhibitorId, 'P1-002');
		const plan = await loadFloorPlan(db, { boothCode: 'P1-002' });
		expect(plan.selected).toBe('P1-002');
		expect(plan.booths[1].exhibitor).toMatchObject({
			slug: 'andes',
			sectors: ['ai', 'renewables']
		});
		expect(plan.booths[0].exhibitor).toBeNull();
	});
});
