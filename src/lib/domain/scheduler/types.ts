/** Public shapes of the meeting scheduler (see ARCHITECTURE.md, "Scheduler file format"). */

export interface SchedulerSlot {
	id: string;
	/** ISO 8601 instants; days are grouped by the calendar date in America/Lima. */
	start: string;
	end: string;
	tables: number;
}

export interface SchedulerParticipant {
	id: string;
	/** Absent = available in every slot. */
	available?: string[];
	/** Absent = no cap. */
	maxMeetings?: number;
}

export interface SchedulerRequest {
	id: string;
	a: string;
	b: string;
	/** Absent = 1. */
	weight?: number;
}

export interface LockedMeeting {
	request: string;
	slot: string;
	table: number;
}

export interface SchedulerInstance {
	slots: SchedulerSlot[];
	participants: SchedulerParticipant[];
	requests: SchedulerRequest[];
	locked?: LockedMeeting[];
}

export interface ScheduledMeeting {
	request: string;
	slot: string;
	table: number;
}

export interface SchedulerStats {
	scheduledWeight: number;
	/** Proven: no valid schedule has more weight. */
	upperBound: number;
	/** True only when scheduledWeight equals the proven optimum. */
	optimal: boolean;
	idleGaps: number;
	millis: number;
}

export interface SchedulerResult {
	meetings: ScheduledMeeting[];
	unscheduled: string[];
	stats: SchedulerStats;
}

export interface SchedulerProgress {
	phase: string;
	fraction: number;
}

export interface SchedulerOptions {
	/** Soft budget for the improvement phases; the greedy start always runs to completion. */
	timeBudgetMs?: number;
	/** 'auto' uses HiGHS when the model is small enough, 'exact' always, 'heuristic' never. */
	mode?: 'auto' | 'heuristic' | 'exact';
	onProgress?: (p: SchedulerProgress) => void;
}

/** Thrown for invalid input; `problems` holds one path-named message per problem. */
export class SchedulerInputError extends Error {
	readonly problems: string[];

	constructor(problems: string[]) {
		super(
			problems.length === 1
				? problems[0]
				: `${problems.length} problems in the instance:\n${problems.join('\n')}`
		);
		this.name = 'SchedulerInputError';
		this.problems = problems;
	}
}
