/** Why a programme change was refused; the route turns it into a sentence naming the field or day. */
export type ProgrammeIssue =
	| { kind: 'date' }
	| { kind: 'dayTaken'; date: string }
	| { kind: 'outsideEvent'; date: string; from: string; to: string }
	| { kind: 'dayHasMeetings'; date: string }
	| { kind: 'dayStart' }
	| { kind: 'dayEnd' }
	| { kind: 'slotMinutes' }
	| { kind: 'breaks'; index: number }
	| { kind: 'tableCount' }
	| { kind: 'firstNumber' }
	| { kind: 'hoursLocked' };

export class ProgrammeError extends Error {
	constructor(readonly issue: ProgrammeIssue) {
		super(`programme: ${issue.kind}`);
		this.name = 'ProgrammeError';
	}
}

export function refuse(issue: ProgrammeIssue): never {
	throw new ProgrammeError(issue);
}
