import type { FloorProblem } from '../../domain/floor';

/** Why a floor change was refused; each names the booth, hall or field it concerns. */
export type FloorIssue =
	| FloorProblem
	| { kind: 'booth-not-found'; booth: string }
	| { kind: 'hall-not-found'; hall: string }
	| { kind: 'hall-code-taken'; hall: string }
	| { kind: 'hall-bad-code'; hall: string }
	| { kind: 'hall-bad-size'; hall: string }
	| { kind: 'hall-too-small'; hall: string; booth: string }
	| { kind: 'hall-occupied'; hall: string; booth: string }
	| { kind: 'code-taken'; booth: string }
	| { kind: 'booth-blocked'; booth: string }
	| { kind: 'exhibitor-not-found' }
	| { kind: 'exhibitor-not-approved'; exhibitor: string }
	| { kind: 'target-required'; booth: string; exhibitor: string }
	| { kind: 'target-occupied'; booth: string; exhibitor: string }
	| { kind: 'grid-empty'; hall: string }
	| { kind: 'grid-overlap'; booth: string; other: string };

/** Thrown by the floor services; the route turns it into a message in the visitor's language. */
export class FloorError extends Error {
	constructor(readonly issue: FloorIssue) {
		super(`floor: ${issue.kind} ${JSON.stringify(issue)}`);
		this.name = 'FloorError';
	}
}

export function refuse(issue: FloorIssue): never {
	throw new FloorError(issue);
}
