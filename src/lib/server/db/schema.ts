import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Unix seconds; filled by the database when omitted. */
type CreatedAt = ColumnType<number, number | undefined, number>;
/** A JSON-encoded array of strings. */
type JsonList = ColumnType<string, string | undefined, string>;

export type OrganisationKind =
	| 'company'
	| 'startup'
	| 'investor'
	| 'university'
	| 'research-centre'
	| 'small-producer'
	| 'public-agency';
export type ExhibitorStatus = 'pending' | 'approved' | 'rejected';
/** Whether an organisation (and its innovations) may be shown to the public. */
export type ModerationStatus = 'pending' | 'approved' | 'rejected';
export type BoothStatus = 'free' | 'reserved' | 'assigned' | 'blocked';
export type UserRole = 'attendee' | 'member' | 'organiser';
export type MembershipRights = 'owner' | 'member';
export type Locale = 'es' | 'en';
export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';
export type MeetingStatus = 'active' | 'cancelled';
export type SearchDocType = 'organisation' | 'innovation';

export interface SettingTable {
	key: string;
	value: string;
}

export interface SectorTable {
	key: string;
	name_es: string;
	name_en: string;
	color: string;
	core: ColumnType<number, number | undefined, number>;
	position: ColumnType<number, number | undefined, number>;
}

export interface OrganisationTable {
	id: Generated<number>;
	slug: string;
	name: string;
	kind: OrganisationKind;
	country: string;
	city: string | null;
	website: string | null;
	logo: string | null;
	description_es: ColumnType<string, string | undefined, string>;
	description_en: ColumnType<string, string | undefined, string>;
	tags: JsonList;
	/** English translations of `tags`, index by index; empty when not translated. */
	tags_en: JsonList;
	created_at: CreatedAt;
	updated_at: CreatedAt;
	moderation: ColumnType<ModerationStatus, ModerationStatus | undefined, ModerationStatus>;
}

/** A reviewed change to an approved organisation's name, website or logo. */
export interface OrganisationRevisionTable {
	id: Generated<number>;
	organisation_id: number;
	name: string;
	website: string | null;
	logo: string | null;
	submitted_by: number | null;
	status: ColumnType<ModerationStatus, ModerationStatus | undefined, ModerationStatus>;
	created_at: CreatedAt;
	decided_by: number | null;
	decided_at: number | null;
}

export interface OrganisationSectorTable {
	organisation_id: number;
	sector_key: string;
}

export interface HallTable {
	id: Generated<number>;
	code: string;
	name_es: string;
	name_en: string;
	width_m: number;
	depth_m: number;
	position: ColumnType<number, number | undefined, number>;
}

export interface BoothTable {
	id: Generated<number>;
	hall_id: number;
	code: string;
	x_m: number;
	y_m: number;
	width_m: number;
	depth_m: number;
	status: ColumnType<BoothStatus, BoothStatus | undefined, BoothStatus>;
	category: ColumnType<string, string | undefined, string>;
}

export interface ExhibitorTable {
	id: Generated<number>;
	organisation_id: number;
	status: ColumnType<ExhibitorStatus, ExhibitorStatus | undefined, ExhibitorStatus>;
	booth_id: number | null;
	/** A booth code sold before the floor plan has it; cleared when that booth is assigned. */
	requested_booth_code: string | null;
	applied_at: CreatedAt;
	decided_at: number | null;
	decision_reason: string | null;
}

export interface InnovationTable {
	id: Generated<number>;
	slug: string;
	organisation_id: number;
	sector_key: string;
	title_es: ColumnType<string, string | undefined, string>;
	title_en: ColumnType<string, string | undefined, string>;
	summary_es: ColumnType<string, string | undefined, string>;
	summary_en: ColumnType<string, string | undefined, string>;
	description_es: ColumnType<string, string | undefined, string>;
	description_en: ColumnType<string, string | undefined, string>;
	trl: number | null;
	tags: JsonList;
	/** English translations of `tags`, index by index; empty when not translated. */
	tags_en: JsonList;
	featured: ColumnType<number, number | undefined, number>;
	created_at: CreatedAt;
	updated_at: CreatedAt;
}

export interface UserTable {
	id: Generated<number>;
	email: string;
	name: string;
	password_hash: string | null;
	role: ColumnType<UserRole, UserRole | undefined, UserRole>;
	locale: ColumnType<Locale, Locale | undefined, Locale>;
	email_verified_at: number | null;
	disabled_at: number | null;
	created_at: CreatedAt;
}

export interface MembershipTable {
	user_id: number;
	organisation_id: number;
	rights: ColumnType<MembershipRights, MembershipRights | undefined, MembershipRights>;
	created_at: CreatedAt;
}

export interface SessionTable {
	id: string;
	user_id: number;
	secret_hash: Uint8Array;
	created_at: number;
	last_seen_at: number;
	expires_at: number;
}

export interface BookmarkTable {
	user_id: number;
	target_type: SearchDocType;
	target_id: number;
	created_at: CreatedAt;
}

export interface MeetingDayTable {
	id: Generated<number>;
	/** YYYY-MM-DD in the event's time zone. */
	date: string;
}

export interface MeetingSlotTable {
	id: Generated<number>;
	day_id: number;
	starts_at: number;
	ends_at: number;
}

export interface MeetingTableTable {
	id: Generated<number>;
	number: number;
	zone: ColumnType<string, string | undefined, string>;
}

export interface MatchProfileTable {
	user_id: number;
	headline: ColumnType<string, string | undefined, string>;
	offers: JsonList;
	seeks: JsonList;
	sectors: JsonList;
	languages: JsonList;
	max_meetings: number | null;
	details: ColumnType<string, string | undefined, string>;
	opted_in_at: CreatedAt;
}

export interface MatchAvailabilityTable {
	user_id: number;
	slot_id: number;
}

export interface MeetingRequestTable {
	id: Generated<number>;
	from_user_id: number;
	to_user_id: number;
	message: ColumnType<string, string | undefined, string>;
	status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
	priority: ColumnType<number, number | undefined, number>;
	reason: string | null;
	created_at: CreatedAt;
	updated_at: CreatedAt;
}

export interface MeetingTable {
	id: Generated<number>;
	request_id: number;
	slot_id: number;
	table_id: number;
	status: ColumnType<MeetingStatus, MeetingStatus | undefined, MeetingStatus>;
	locked: ColumnType<number, number | undefined, number>;
	created_at: CreatedAt;
	/** 'participant' (booked by the pair) or 'scheduler' (a draft until published). */
	placed_by: ColumnType<string, string | undefined, string>;
	published_at: number | null;
	cancelled_by: number | null;
	cancel_reason: string | null;
}

export interface MeetingChangeRequestTable {
	id: Generated<number>;
	meeting_id: number;
	user_id: number;
	reason: string;
	created_at: CreatedAt;
	resolved_at: number | null;
}

export interface UserBlockTable {
	blocker_id: number;
	blocked_id: number;
	created_at: CreatedAt;
}

export interface MeetingAttendeeTable {
	meeting_id: number;
	user_id: number;
	slot_id: number;
	status: ColumnType<MeetingStatus, MeetingStatus | undefined, MeetingStatus>;
}

export interface OutboxTable {
	id: Generated<number>;
	doc_type: SearchDocType;
	doc_id: number;
	op: 'upsert' | 'delete';
	created_at: CreatedAt;
	attempts: ColumnType<number, number | undefined, number>;
	last_error: string | null;
	/** The engines that applied the row, as ",sqlite,,meilisearch,". */
	done: ColumnType<string, string | undefined, string>;
	/** A rejected row is not tried again before this time (epoch seconds). */
	retry_at: ColumnType<number, number | undefined, number>;
}

/** Per search engine: its drain's retry state (docs/search.md, "The outbox"). */
export interface SearchSyncStateTable {
	engine: string;
	needs_rebuild: ColumnType<number, number | undefined, number>;
	attempts: ColumnType<number, number | undefined, number>;
	retry_at: ColumnType<number, number | undefined, number>;
	last_error: string | null;
	pending_tasks: string | null;
	pending_rows: string | null;
	updated_at: ColumnType<number, number | undefined, number>;
	/** The drain that owns the engine now, until lease_until (search/sync.ts, claimEngine). */
	lease_token: string | null;
	lease_until: ColumnType<number, number | undefined, number>;
}

/** Outbox rows an engine rejected past its attempts, shown to the organiser. */
export interface OutboxFailedTable {
	id: Generated<number>;
	engine: string;
	outbox_id: number;
	doc_type: SearchDocType;
	doc_id: number;
	op: 'upsert' | 'delete';
	attempts: number;
	error: string;
	failed_at: CreatedAt;
}

export interface AuditLogTable {
	id: Generated<number>;
	actor_user_id: number | null;
	action: string;
	target_type: string;
	target_id: string;
	detail: ColumnType<string, string | undefined, string>;
	created_at: CreatedAt;
}

export interface MailTable {
	id: Generated<number>;
	to_address: string;
	subject: string;
	body_text: string;
	created_at: CreatedAt;
	sent_at: number | null;
	error: string | null;
	/** queued (for the sender), sent, failed (gave up; retryable), stored (no SMTP: the copy is the delivery). */
	state: ColumnType<MailState, MailState | undefined, MailState>;
	attempts: ColumnType<number, number | undefined, number>;
	next_attempt_at: ColumnType<number, number | undefined, number>;
	claimed_until: number | null;
	claim_token: string | null;
}

export type MailState = 'queued' | 'sent' | 'failed' | 'stored';

export interface NotificationTable {
	id: Generated<number>;
	user_id: number;
	kind: string;
	payload: ColumnType<string, string | undefined, string>;
	created_at: CreatedAt;
	read_at: number | null;
}

export interface SearchLogTable {
	id: Generated<number>;
	query: string;
	locale: string;
	hits: number;
	created_at: CreatedAt;
}

export interface ScheduleRunTable {
	id: Generated<number>;
	started_at: number;
	finished_at: number | null;
	scheduled_weight: number | null;
	upper_bound: number | null;
	optimal: number | null;
	stats: ColumnType<string, string | undefined, string>;
}

export type ScheduleJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ScheduleJobTable {
	id: Generated<number>;
	/** 1 while the run holds the event's claim (UNIQUE), NULL once it ended. */
	active: number | null;
	state: ScheduleJobState;
	phase: ColumnType<string, string | undefined, string>;
	fraction: ColumnType<number, number | undefined, number>;
	budget_ms: number;
	owner: string;
	heartbeat_at: ColumnType<number, number | undefined, number>;
	cancel_requested: ColumnType<number, number | undefined, number>;
	started_by: number | null;
	started_at: ColumnType<number, number | undefined, number>;
	finished_at: number | null;
	run_id: number | null;
	summary: string | null;
	error: string | null;
}

export interface Database {
	setting: SettingTable;
	sector: SectorTable;
	organisation: OrganisationTable;
	organisation_sector: OrganisationSectorTable;
	organisation_revision: OrganisationRevisionTable;
	hall: HallTable;
	booth: BoothTable;
	exhibitor: ExhibitorTable;
	innovation: InnovationTable;
	user: UserTable;
	membership: MembershipTable;
	session: SessionTable;
	bookmark: BookmarkTable;
	meeting_day: MeetingDayTable;
	meeting_slot: MeetingSlotTable;
	meeting_table: MeetingTableTable;
	match_profile: MatchProfileTable;
	match_availability: MatchAvailabilityTable;
	meeting_request: MeetingRequestTable;
	meeting: MeetingTable;
	meeting_change_request: MeetingChangeRequestTable;
	user_block: UserBlockTable;
	meeting_attendee: MeetingAttendeeTable;
	outbox: OutboxTable;
	search_sync_state: SearchSyncStateTable;
	outbox_failed: OutboxFailedTable;
	audit_log: AuditLogTable;
	mail: MailTable;
	notification: NotificationTable;
	search_log: SearchLogTable;
	schedule_run: ScheduleRunTable;
	schedule_job: ScheduleJobTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type OrganisationUpdate = Updateable<OrganisationTable>;
export type Innovation = Selectable<InnovationTable>;
export type NewInnovation = Insertable<InnovationTable>;
export type InnovationUpdate = Updateable<InnovationTable>;
export type Hall = Selectable<HallTable>;
export type Booth = Selectable<BoothTable>;
export type NewBooth = Insertable<BoothTable>;
export type Exhibitor = Selectable<ExhibitorTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Sector = Selectable<SectorTable>;
export type MeetingSlot = Selectable<MeetingSlotTable>;
export type MeetingRequest = Selectable<MeetingRequestTable>;
export type Meeting = Selectable<MeetingTable>;
export type MatchProfile = Selectable<MatchProfileTable>;
