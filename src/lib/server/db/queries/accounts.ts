import type { Db } from '../client';
import type { MembershipRights, NewUser, UserRole } from '../schema';

/** Emails are compared trimmed and lowercased everywhere. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function findUserByEmail(db: Db, email: string) {
	return db
		.selectFrom('user')
		.selectAll()
		.where('email', '=', normaliseEmail(email))
		.executeTakeFirst();
}

export function findUserById(db: Db, id: number) {
	return db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(db: Db, user: NewUser) {
	return db
		.insertInto('user')
		.values({ ...user, email: normaliseEmail(user.email) })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function updateUserPassword(db: Db, userId: number, passwordHash: string) {
	await db
		.updateTable('user')
		.set({ password_hash: passwordHash })
		.where('id', '=', userId)
		.execute();
}

export async function updateUserRole(db: Db, userId: number, role: UserRole) {
	await db.updateTable('user').set({ role }).where('id', '=', userId).execute();
}

export async function markEmailVerified(db: Db, userId: number, at: number) {
	await db
		.updateTable('user')
		.set({ email_verified_at: at })
		.where('id', '=', userId)
		.where('email_verified_at', 'is', null)
		.execute();
}

export function findMembership(db: Db, userId: number) {
	return db.selectFrom('membership').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function insertMembership(
	db: Db,
	userId: number,
	organisationId: number,
	rights: MembershipRights
) {
	await db
		.insertInto('membership')
		.values({ user_id: userId, organisation_id: organisationId, rights })
		.execute();
}

export function listMembers(db: Db, organisationId: number) {
	return db
		.selectFrom('membership')
		.innerJoin('user', 'user.id', 'membership.user_id')
		.select(['user.id', 'user.name', 'user.email', 'membership.rights'])
		.where('membership.organisation_id', '=', organisationId)
		.orderBy('membership.rights', 'desc')
		.orderBy('user.name')
		.execute();
}

export function listOwnerEmails(db: Db, organisationId: number) {
	return db
		.selectFrom('membership')
		.innerJoin('user', 'user.id', 'membership.user_id')
		.select(['user.email', 'user.name', 'user.locale'])
		.where('membership.organisation_id', '=', organisationId)
		.where('membership.rights', '=', 'owner')
		.execute();
}
