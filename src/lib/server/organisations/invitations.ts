import { messagesFor, type Messages } from '../../i18n';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/client';
import { readConfig } from '../config';
import {
	findMembership,
	findUserByEmail,
	findUserById,
	insertMembership,
	normaliseEmail,
	updateUserRole
} from '../db/queries/accounts';
import { findOrganisationById } from '../db/queries/organisations';
import { emailError, failure, type Outcome } from '../auth/forms';
import { consumeToken, findLiveToken, issueToken } from '../auth/tokens';
import { sendMail } from '../mail';

/** An owner invites a colleague by email; the mail carries a one-time link (7 days). */
export async function inviteColleague(
	db: Db,
	inviterId: number,
	organisationId: number,
	rawEmail: string,
	t: Messages
): Promise<Outcome<string>> {
	const email = normaliseEmail(rawEmail);
	const invalid = emailError(email, t);
	if (invalid) return failure({ email: invalid });
	const [inviter, organisation, existing] = await Promise.all([
		findUserById(db, inviterId),
		findOrganisationById(db, organisationId),
		findUserByEmail(db, email)
	]);
	if (!inviter || !organisation) return failure({ form: t.auth.errors.forbidden }, 403);
	if (existing) {
		const membership = await findMembership(db, existing.id);
		if (membership?.organisation_id === organisationId) {
			return failure({ email: t.organisation.validation.inviteSelf });
		}
		if (membership || existing.role === 'organiser') {
			return failure({ email: t.organisation.validation.inviteMember });
		}
	}
	const token = await issueToken(db, {
		kind: 'invite',
		email,
		organisationId,
		createdBy: inviterId
	});
	const mt = messagesFor(existing?.locale ?? inviter.locale).organisation.invite;
	const link = new URL(`/invite/${token}`, readConfig().origin).href;
	await sendMail(db, {
		to: email,
		subject: mt.subject(organisation.name),
		text: mt.body(inviter.name, organisation.name, link)
	});
	return { ok: true, value: email };
}

/** The invitation behind a link, if it is still live. */
export async function findInvitation(db: Db, token: string) {
	const row = await findLiveToken(db, 'invite', token);
	if (!row?.organisation_id || !row.email) return null;
	const organisation = await findOrganisationById(db, row.organisation_id);
	if (!organisation) return null;
	return {
		email: row.email,
		organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug }
	};
}

export type AcceptResult = 'accepted' | 'invalid' | 'wrong-account' | 'already-member';

/**
 * Accepting needs the invited address: the signed-in account's email must be the one the
 * invitation was sent to (which the link in that inbox proves).
 */
export async function acceptInvitation(
	db: Db,
	userId: number,
	token: string
): Promise<AcceptResult> {
	const invitation = await findInvitation(db, token);
	if (!invitation) return 'invalid';
	const user = await findUserById(db, userId);
	if (!user || user.email !== invitation.email) return 'wrong-account';
	if (user.role === 'organiser' || (await findMembership(db, user.id))) return 'already-member';
	return writeTransaction(db, async (trx) => {
		if (!(await consumeToken(trx, 'invite', token))) return 'invalid';
		await insertMembership(trx, user.id, invitation.organisation.id, 'member');
		await updateUserRole(trx, user.id, 'member');
		await trx
			.updateTable('user')
			.set({ email_verified_at: Math.floor(Date.now() / 1000) })
			.where('id', '=', user.id)
			.where('email_verified_at', 'is', null)
			.execute();
		return 'accepted' as const;
	});
}
