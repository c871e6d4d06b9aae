-- index auth_token_organisation
CREATE INDEX "auth_token_organisation" on "auth_token" ("organisation_id", "kind");

-- index auth_token_user
CREATE INDEX "auth_token_user" on "auth_token" ("user_id", "kind");

-- index bookmark_target
CREATE INDEX "bookmark_target" on "bookmark" ("target_type", "target_id");

-- index booth_hall
CREATE INDEX "booth_hall" on "booth" ("hall_id");

-- index exhibitor_status
CREATE INDEX "exhibitor_status" on "exhibitor" ("status");

-- index innovation_organisation
CREATE INDEX "innovation_organisation" on "innovation" ("organisation_id");

-- index innovation_sector
CREATE INDEX "innovation_sector" on "innovation" ("sector_key");

-- index meeting_attendee_person_slot_active
CREATE UNIQUE INDEX "meeting_attendee_person_slot_active" on "meeting_attendee" ("user_id", "slot_id") where "status" = 'active';

-- index meeting_attendee_user_active
CREATE INDEX "meeting_attendee_user_active" on "meeting_attendee" ("user_id", "status");

-- index meeting_request_active
CREATE UNIQUE INDEX "meeting_request_active" on "meeting" ("request_id") where "status" = 'active';

-- index meeting_request_from
CREATE INDEX "meeting_request_from" on "meeting_request" ("from_user_id", "status");

-- index meeting_request_to
CREATE INDEX "meeting_request_to" on "meeting_request" ("to_user_id", "status");

-- index meeting_slot_status
CREATE INDEX "meeting_slot_status" on "meeting" ("slot_id", "status");

-- index meeting_table_slot_active
CREATE UNIQUE INDEX "meeting_table_slot_active" on "meeting" ("slot_id", "table_id") where "status" = 'active';

-- index membership_organisation
CREATE INDEX "membership_organisation" on "membership" ("organisation_id");

-- index notification_user
CREATE INDEX "notification_user" on "notification" ("user_id", "read_at");

-- index organisation_country
CREATE INDEX "organisation_country" on "organisation" ("country");

-- index organisation_kind
CREATE INDEX "organisation_kind" on "organisation" ("kind");

-- index organisation_name
CREATE INDEX "organisation_name" on "organisation" ("name");

-- index organisation_sector_by_sector
CREATE INDEX "organisation_sector_by_sector" on "organisation_sector" ("sector_key", "organisation_id");

-- index session_user
CREATE INDEX "session_user" on "session" ("user_id");

-- table audit_log
CREATE TABLE "audit_log" ("id" integer primary key, "actor_user_id" integer references "user" ("id") on delete set null, "action" text not null, "target_type" text not null, "target_id" text not null, "detail" text default '{}' not null, "created_at" integer default (unixepoch()) not null) strict;

-- table auth_throttle
CREATE TABLE "auth_throttle" ("key" text primary key, "attempts" integer default 0 not null, "last_at" integer not null, "blocked_until" integer default 0 not null) strict;

-- table auth_token
CREATE TABLE "auth_token" ("hash" text primary key, "kind" text not null, "user_id" integer references "user" ("id") on delete cascade, "email" text, "organisation_id" integer references "organisation" ("id") on delete cascade, "created_by" integer references "user" ("id") on delete set null, "expires_at" integer not null, "used_at" integer, "created_at" integer default (unixepoch()) not null) strict;

-- table bookmark
CREATE TABLE "bookmark" ("user_id" integer not null references "user" ("id") on delete cascade, "target_type" text not null, "target_id" integer not null, "created_at" integer default (unixepoch()) not null, constraint "bookmark_pk" primary key ("user_id", "target_type", "target_id")) strict;

-- table booth
CREATE TABLE "booth" ("id" integer primary key, "hall_id" integer not null references "hall" ("id") on delete cascade, "code" text not null unique, "x_m" real not null, "y_m" real not null, "width_m" real not null, "depth_m" real not null, "status" text default 'free' not null, "category" text default 'standard' not null) strict;

-- table calendar_token
CREATE TABLE "calendar_token" ("user_id" integer primary key references "user" ("id") on delete cascade, "token_hash" text not null unique, "created_at" integer default (unixepoch()) not null) strict;

-- table exhibitor
CREATE TABLE "exhibitor" ("id" integer primary key, "organisation_id" integer not null unique references "organisation" ("id") on delete cascade, "status" text default 'pending' not null, "booth_id" integer unique references "booth" ("id") on delete set null, "applied_at" integer default (unixepoch()) not null, "decided_at" integer, "decision_reason" text) strict;

-- table hall
CREATE TABLE "hall" ("id" integer primary key, "code" text not null unique, "name_es" text not null, "name_en" text not null, "width_m" real not null, "depth_m" real not null, "position" integer default 0 not null) strict;

-- table innovation
CREATE TABLE "innovation" ("id" integer primary key, "slug" text not null unique, "organisation_id" integer not null references "organisation" ("id") on delete cascade, "sector_key" text not null references "sector" ("key"), "title_es" text default '' not null, "title_en" text default '' not null, "summary_es" text default '' not null, "summary_en" text default '' not null, "description_es" text default '' not null, "description_en" text default '' not null, "trl" integer, "tags" text default '[]' not null, "featured" integer default 0 not null, "created_at" integer default (unixepoch()) not null, "updated_at" integer default (unixepoch()) not null) strict;

-- table mail
CREATE TABLE "mail" ("id" integer primary key, "to_address" text not null, "subject" text not null, "body_text" text not null, "created_at" integer default (unixepoch()) not null, "sent_at" integer, "error" text) strict;

-- table match_availability
CREATE TABLE "match_availability" ("user_id" integer not null references "match_profile" ("user_id") on delete cascade, "slot_id" integer not null references "meeting_slot" ("id") on delete cascade, constraint "match_availability_pk" primary key ("user_id", "slot_id")) strict;

-- table match_profile
CREATE TABLE "match_profile" ("user_id" integer primary key references "user" ("id") on delete cascade, "headline" text default '' not null, "offers" text default '[]' not null, "seeks" text default '[]' not null, "sectors" text default '[]' not null, "languages" text default '["es"]' not null, "max_meetings" integer, "details" text default '{}' not null, "opted_in_at" integer default (unixepoch()) not null) strict;

-- table meeting
CREATE TABLE "meeting" ("id" integer primary key, "request_id" integer not null references "meeting_request" ("id") on delete cascade, "slot_id" integer not null references "meeting_slot" ("id"), "table_id" integer not null references "meeting_table" ("id"), "status" text default 'active' not null, "locked" integer default 0 not null, "created_at" integer default (unixepoch()) not null) strict;

-- table meeting_attendee
CREATE TABLE "meeting_attendee" ("meeting_id" integer not null references "meeting" ("id") on delete cascade, "user_id" integer not null references "user" ("id") on delete cascade, "slot_id" integer not null references "meeting_slot" ("id"), "status" text default 'active' not null, constraint "meeting_attendee_pk" primary key ("meeting_id", "user_id")) strict;

-- table meeting_day
CREATE TABLE "meeting_day" ("id" integer primary key, "date" text not null unique) strict;

-- table meeting_request
CREATE TABLE "meeting_request" ("id" integer primary key, "from_user_id" integer not null references "user" ("id") on delete cascade, "to_user_id" integer not null references "user" ("id") on delete cascade, "message" text default '' not null, "status" text default 'pending' not null, "priority" integer default 1 not null, "reason" text, "created_at" integer default (unixepoch()) not null, "updated_at" integer default (unixepoch()) not null, constraint "meeting_request_not_self" check (from_user_id <> to_user_id)) strict;

-- table meeting_slot
CREATE TABLE "meeting_slot" ("id" integer primary key, "day_id" integer not null references "meeting_day" ("id") on delete cascade, "starts_at" integer not null unique, "ends_at" integer not null) strict;

-- table meeting_table
CREATE TABLE "meeting_table" ("id" integer primary key, "number" integer not null unique, "zone" text default '' not null) strict;

-- table membership
CREATE TABLE "membership" ("user_id" integer primary key references "user" ("id") on delete cascade, "organisation_id" integer not null references "organisation" ("id") on delete cascade, "rights" text default 'member' not null, "created_at" integer default (unixepoch()) not null) strict;

-- table notification
CREATE TABLE "notification" ("id" integer primary key, "user_id" integer not null references "user" ("id") on delete cascade, "kind" text not null, "payload" text default '{}' not null, "created_at" integer default (unixepoch()) not null, "read_at" integer) strict;

-- table organisation
CREATE TABLE "organisation" ("id" integer primary key, "slug" text not null unique, "name" text not null, "kind" text not null, "country" text not null, "city" text, "website" text, "logo" text, "description_es" text default '' not null, "description_en" text default '' not null, "tags" text default '[]' not null, "created_at" integer default (unixepoch()) not null, "updated_at" integer default (unixepoch()) not null) strict;

-- table organisation_sector
CREATE TABLE "organisation_sector" ("organisation_id" integer not null references "organisation" ("id") on delete cascade, "sector_key" text not null references "sector" ("key"), constraint "organisation_sector_pk" primary key ("organisation_id", "sector_key")) strict;

-- table outbox
CREATE TABLE "outbox" ("id" integer primary key, "doc_type" text not null, "doc_id" integer not null, "op" text not null, "created_at" integer default (unixepoch()) not null, "attempts" integer default 0 not null, "last_error" text) strict;

-- table schedule_run
CREATE TABLE "schedule_run" ("id" integer primary key, "started_at" integer not null, "finished_at" integer, "scheduled_weight" real, "upper_bound" real, "optimal" integer, "stats" text default '{}' not null) strict;

-- table search_log
CREATE TABLE "search_log" ("id" integer primary key, "query" text not null, "locale" text not null, "hits" integer not null, "created_at" integer default (unixepoch()) not null) strict;

-- table sector
CREATE TABLE "sector" ("key" text primary key, "name_es" text not null, "name_en" text not null, "color" text not null, "core" integer default 0 not null, "position" integer default 0 not null) strict;

-- table session
CREATE TABLE "session" ("id" text primary key, "user_id" integer not null references "user" ("id") on delete cascade, "secret_hash" blob not null, "created_at" integer not null, "last_seen_at" integer not null, "expires_at" integer not null) strict;

-- table setting
CREATE TABLE "setting" ("key" text primary key, "value" text not null) strict;

-- table user
CREATE TABLE "user" ("id" integer primary key, "email" text not null unique, "name" text not null, "password_hash" text, "role" text default 'attendee' not null, "locale" text default 'es' not null, "email_verified_at" integer, "disabled_at" integer, "created_at" integer default (unixepoch()) not null) strict;
