import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/**
 * The event-loop delay of this process (perf_hooks), for organisers and load tests: how long
 * a ready callback had to wait. Read on /admin/metrics (organisers only, not public).
 */
let histogram: IntervalHistogram | null = null;
let windowStartedAt = Date.now();

export function startEventLoopMonitor(): void {
	if (histogram) return;
	histogram = monitorEventLoopDelay({ resolution: 10 });
	histogram.enable();
	windowStartedAt = Date.now();
}

export function stopEventLoopMonitor(): void {
	histogram?.disable();
	histogram = null;
}

export interface EventLoopFigures {
	/** Milliseconds since the window started (the monitor's start or the last reset). */
	windowMs: number;
	samples: number;
	p50Ms: number;
	p99Ms: number;
	maxMs: number;
}

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

export function eventLoopDelay(): EventLoopFigures | null {
	if (!histogram) return null;
	return {
		windowMs: Date.now() - windowStartedAt,
		samples: histogram.count,
		p50Ms: ms(histogram.percentile(50)),
		p99Ms: ms(histogram.percentile(99)),
		maxMs: ms(histogram.max)
	};
}

/** Starts a new measurement window (a load test resets before its run and reads after). */
export function resetEventLoopDelay(): void {
	histogram?.reset();
	windowStartedAt = Date.now();
}
