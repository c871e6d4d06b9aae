/** Public shapes of the meeting scheduler (file format: docs/contracts.md; model: docs/scheduler.md). */

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
	/** Added fields (older results lack them): how `upperBound` was proven. */
	bound?: BoundStats;
	/** Why the run stopped (see StopReason); older results lack it. */
	stopped?: StopReason;
}

/**
 * Why a run stopped: `optimal` (the weight meets the proven bound), `gap` (the weight is
 * within the gap tolerance of the proven bound, so at least 1 - tolerance of the optimum,
 * like a MIP solver's relative gap), `budget` (the time budget ran out first), or
 * `exhausted` (the search had nothing left to try before either).
 */
export type StopReason = 'optimal' | 'gap' | 'budget' | 'exhausted';

/** Default relative gap at which a run stops: the schedule is then >= 99.8 % of the optimum. */
export const DEFAULT_GAP_TOLERANCE = 0.002;

/**
 * Which method produced `upperBound`: the LP relaxation with one column per request and slot
 * (`lp-per-slot`), or per block of slots (`lp-per-block`; exact when blocks only join slots
 * that nobody can tell apart), subgradient steps on the per-slot model (`lagrangian`, from
 * `start` prices), or HiGHS branch and bound (`mip`). See docs/scheduler.md.
 */
export type BoundMethod = 'lp-per-slot' | 'lp-per-block' | 'lagrangian' | 'mip';

export interface BoundStats {
	method: BoundMethod;
	/** Where the Lagrangian steps started ('zero' = no LP prices were available). */
	start?: 'lp-per-slot' | 'lp-per-block' | 'zero';
	/** HiGHS model status of the LP, for example 'optimal' or 'time-limit'. */
	highsStatus?: string;
	/** HiGHS model status of the branch and bound, when it ran. */
	mipStatus?: string;
	/** Columns and slot blocks of the LP that HiGHS solved. */
	lpColumns?: number;
	lpBlocks?: number;
	/** True when the LP's blocks only join interchangeable slots: it is the per-slot LP. */
	lpExact?: boolean;
	/** The LP's value as re-proven in JavaScript, before refinement. */
	lpBound?: number;
	/** Time from the start until the LP answer arrived, WebAssembly load included. */
	lpMillis?: number;
	/**
	 * Which solver's duals gave the LP bound: `pdhg` (first-order, in JavaScript, on the
	 * scheduler's own thread between the heuristic's turns) or `highs` (in a worker).
	 */
	lpSolver?: 'pdhg' | 'highs';
	/** PDHG iterations run (when it ran). */
	lpIterations?: number;
	/** Why a better method did not produce the bound (solver failure, time, size). */
	note?: string;
}

/** A failure or notable event inside the scheduler, for the caller's logger. */
export interface SchedulerLogEvent {
	level: 'info' | 'warn' | 'error';
	message: string;
	error?: unknown;
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
	/**
	 * Stop once scheduledWeight >= (1 - gapTolerance) * upperBound, the bound being proven.
	 * Default DEFAULT_GAP_TOLERANCE (0.002) in 'auto' mode, 0 in 'exact' mode; 0 uses the whole
	 * budget unless the schedule is proven optimal.
	 */
	gapTolerance?: number;
	onProgress?: (p: SchedulerProgress) => void;
	/** Receives solver failures and fallbacks; the domain itself does no I/O. */
	onLog?: (event: SchedulerLogEvent) => void;
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
