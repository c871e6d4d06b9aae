/** Pure meeting scheduler: no I/O; HiGHS (WebAssembly) is loaded lazily by `schedule`. */
export type {
	LockedMeeting,
	ScheduledMeeting,
	SchedulerInstance,
	SchedulerOptions,
	SchedulerParticipant,
	SchedulerProgress,
	SchedulerRequest,
	SchedulerResult,
	SchedulerSlot,
	SchedulerStats
} from './types';
export { SchedulerInputError } from './types';
export { parseInstance } from './parse';
export { scheduleHeuristic, firstFreeBaseline } from './heuristic';
export { schedule } from './schedule';
export { validateResult } from './validate-result';
export { unscheduledReasons } from './unscheduled';
export type { UnscheduledItem, UnscheduledReason, UnscheduledRequest } from './unscheduled';
export type { BoundMethod, BoundStats, SchedulerLogEvent, StopReason } from './types';
export { DEFAULT_GAP_TOLERANCE } from './types';
export { qualityPercent } from './quality';
