import type { MembershipRights, UserRole } from '../db/schema';

/** What every request knows about the signed-in person. */
export interface SessionUser {
	id: number;
	email: string;
	name: string;
	role: UserRole;
	organisationId: number | null;
	rights: MembershipRights | null;
	emailVerified: boolean;
}
