import { sql, type Kysely } from 'kysely';
import { blobType, epochType, idColumn, nowSeconds, realType, strict } from '../portable';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('setting')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('sector')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('name_es', 'text', (c) => c.notNull())
		.addColumn('name_en', 'text', (c) => c.notNull())
		.addColumn('color', 'text', (c) => c.notNull())
		.addColumn('core', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('organisation')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('country', 'text', (c) => c.notNull())
		.addColumn('city', 'text')
		.addColumn('website', 'text')
		.addColumn('logo', 'text')
		.addColumn('description_es', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('updated_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
	await db.schema.createIndex('organisation_kind').on('organisation').column('kind').execute();
	await db.schema
		.createIndex('organisation_country')
		.on('organisation')
		.column('country')
		.execute();
	await db.schema.createIndex('organisation_name').on('organisation').column('name').execute();

	await db.schema
		.createTable('organisation_sector')
		.addColumn('organisation_id', 'integer', (c) =>
			c.notNull().references('organisation.id').onDelete('cascade')
		)
		.addColumn('sector_key', 'text', (c) => c.notNull().references('sector.key'))
		.addPrimaryKeyConstraint('organisation_sector_pk', ['organisation_id', 'sector_key'])
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('organisation_sector_by_sector')
		.on('organisation_sector')
		.columns(['sector_key', 'organisation_id'])
		.execute();

	await db.schema
		.createTable('hall')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('name_es', 'text', (c) => c.notNull())
		.addColumn('name_en', 'text', (c) => c.notNull())
		.addColumn('width_m', realType(db), (c) => c.notNull())
		.addColumn('depth_m', realType(db), (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('booth')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('hall_id', 'integer', (c) => c.notNull().references('hall.id').onDelete('cascade'))
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('x_m', realType(db), (c) => c.notNull())
		.addColumn('y_m', realType(db), (c) => c.notNull())
		.addColumn('width_m', realType(db), (c) => c.notNull())
		.addColumn('depth_m', realType(db), (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('free'))
		.addColumn('category', 'text', (c) => c.notNull().defaultTo('standard'))
		.modifyEnd(strict(db))
		.execute();
	await db.schema.createIndex('booth_hall').on('booth').column('hall_id').execute();

	await db.schema
		.createTable('exhibitor')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('organisation_id', 'integer', (c) =>
			c.notNull().unique().references('organisation.id').onDelete('cascade')
		)
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		// A booth holds at most one exhibitor.
		.addColumn('booth_id', 'integer', (c) => c.unique().references('booth.id').onDelete('set null'))
		.addColumn('applied_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('decided_at', epochType(db))
		.addColumn('decision_reason', 'text')
		.modifyEnd(strict(db))
		.execute();
	await db.schema.createIndex('exhibitor_status').on('exhibitor').column('status').execute();

	await db.schema
		.createTable('innovation')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('organisation_id', 'integer', (c) =>
			c.notNull().references('organisation.id').onDelete('cascade')
		)
		.addColumn('sector_key', 'text', (c) => c.notNull().references('sector.key'))
		.addColumn('title_es', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('summary_es', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('summary_en', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_es', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('trl', 'integer')
		.addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('updated_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('innovation_organisation')
		.on('innovation')
		.column('organisation_id')
		.execute();
	await db.schema.createIndex('innovation_sector').on('innovation').column('sector_key').execute();

	await db.schema
		.createTable('user')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text')
		.addColumn('role', 'text', (c) => c.notNull().defaultTo('attendee'))
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('es'))
		.addColumn('email_verified_at', epochType(db))
		.addColumn('disabled_at', epochType(db))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('membership')
		.addColumn('user_id', 'integer', (c) =>
			c.primaryKey().references('user.id').onDelete('cascade')
		)
		.addColumn('organisation_id', 'integer', (c) =>
			c.notNull().references('organisation.id').onDelete('cascade')
		)
		.addColumn('rights', 'text', (c) => c.notNull().defaultTo('member'))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('membership_organisation')
		.on('membership')
		.column('organisation_id')
		.execute();

	await db.schema
		.createTable('session')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('secret_hash', blobType(db), (c) => c.notNull())
		.addColumn('created_at', epochType(db), (c) => c.notNull())
		.addColumn('last_seen_at', epochType(db), (c) => c.notNull())
		.addColumn('expires_at', epochType(db), (c) => c.notNull())
		.modifyEnd(strict(db))
		.execute();
	await db.schema.createIndex('session_user').on('session').column('user_id').execute();

	await db.schema
		.createTable('bookmark')
		.addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('target_type', 'text', (c) => c.notNull())
		.addColumn('target_id', 'integer', (c) => c.notNull())
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addPrimaryKeyConstraint('bookmark_pk', ['user_id', 'target_type', 'target_id'])
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('meeting_day')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('date', 'text', (c) => c.notNull().unique())
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('meeting_slot')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('day_id', 'integer', (c) =>
			c.notNull().references('meeting_day.id').onDelete('cascade')
		)
		.addColumn('starts_at', epochType(db), (c) => c.notNull().unique())
		.addColumn('ends_at', epochType(db), (c) => c.notNull())
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('meeting_table')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('number', 'integer', (c) => c.notNull().unique())
		.addColumn('zone', 'text', (c) => c.notNull().defaultTo(''))
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('match_profile')
		.addColumn('user_id', 'integer', (c) =>
			c.primaryKey().references('user.id').onDelete('cascade')
		)
		.addColumn('headline', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('offers', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('seeks', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('sectors', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('languages', 'text', (c) => c.notNull().defaultTo('["es"]'))
		.addColumn('max_meetings', 'integer')
		// Investor ticket and stage, small-producer needs: kind-specific answers as JSON.
		.addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('opted_in_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('match_availability')
		.addColumn('user_id', 'integer', (c) =>
			c.notNull().references('match_profile.user_id').onDelete('cascade')
		)
		.addColumn('slot_id', 'integer', (c) =>
			c.notNull().references('meeting_slot.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('match_availability_pk', ['user_id', 'slot_id'])
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('meeting_request')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('from_user_id', 'integer', (c) =>
			c.notNull().references('user.id').onDelete('cascade')
		)
		.addColumn('to_user_id', 'integer', (c) =>
			c.notNull().references('user.id').onDelete('cascade')
		)
		.addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('priority', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('reason', 'text')
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('updated_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addCheckConstraint('meeting_request_not_self', sql`from_user_id <> to_user_id`)
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('meeting_request_from')
		.on('meeting_request')
		.columns(['from_user_id', 'status'])
		.execute();
	await db.schema
		.createIndex('meeting_request_to')
		.on('meeting_request')
		.columns(['to_user_id', 'status'])
		.execute();

	await db.schema
		.createTable('meeting')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('request_id', 'integer', (c) =>
			c.notNull().references('meeting_request.id').onDelete('cascade')
		)
		.addColumn('slot_id', 'integer', (c) => c.notNull().references('meeting_slot.id'))
		.addColumn('table_id', 'integer', (c) => c.notNull().references('meeting_table.id'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
	// No double booking by construction: partial indexes over active meetings only,
	// so a cancelled meeting frees its table, its request and its people's slot.
	await db.schema
		.createIndex('meeting_table_slot_active')
		.on('meeting')
		.columns(['slot_id', 'table_id'])
		.unique()
		.where(sql.ref('status'), '=', 'active')
		.execute();
	await db.schema
		.createIndex('meeting_request_active')
		.on('meeting')
		.column('request_id')
		.unique()
		.where(sql.ref('status'), '=', 'active')
		.execute();

	await db.schema
		.createTable('meeting_attendee')
		.addColumn('meeting_id', 'integer', (c) =>
			c.notNull().references('meeting.id').onDelete('cascade')
		)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('slot_id', 'integer', (c) => c.notNull().references('meeting_slot.id'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addPrimaryKeyConstraint('meeting_attendee_pk', ['meeting_id', 'user_id'])
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('meeting_attendee_person_slot_active')
		.on('meeting_attendee')
		.columns(['user_id', 'slot_id'])
		.unique()
		.where(sql.ref('status'), '=', 'active')
		.execute();

	await db.schema
		.createTable('outbox')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('doc_type', 'text', (c) => c.notNull())
		.addColumn('doc_id', 'integer', (c) => c.notNull())
		.addColumn('op', 'text', (c) => c.notNull())
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('last_error', 'text')
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('actor_user_id', 'integer', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('target_type', 'text', (c) => c.notNull())
		.addColumn('target_id', 'text', (c) => c.notNull())
		.addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('mail')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('to_address', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('body_text', 'text', (c) => c.notNull())
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('sent_at', epochType(db))
		.addColumn('error', 'text')
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('notification')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('read_at', epochType(db))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('notification_user')
		.on('notification')
		.columns(['user_id', 'read_at'])
		.execute();

	await db.schema
		.createTable('search_log')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('query', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('hits', 'integer', (c) => c.notNull())
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createTable('schedule_run')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('started_at', epochType(db), (c) => c.notNull())
		.addColumn('finished_at', epochType(db))
		.addColumn('scheduled_weight', realType(db))
		.addColumn('upper_bound', realType(db))
		.addColumn('optimal', 'integer')
		.addColumn('stats', 'text', (c) => c.notNull().defaultTo('{}'))
		.modifyEnd(strict(db))
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'schedule_run',
		'search_log',
		'notification',
		'mail',
		'audit_log',
		'outbox',
		'meeting_attendee',
		'meeting',
		'meeting_request',
		'match_availability',
		'match_profile',
		'meeting_table',
		'meeting_slot',
		'meeting_day',
		'bookmark',
		'session',
		'membership',
		'user',
		'innovation',
		'exhibitor',
		'booth',
		'hall',
		'organisation_sector',
		'organisation',
		'sector',
		'setting'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
