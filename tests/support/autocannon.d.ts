/** The part of autocannon 9's API these tests use (the package ships no types). */
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	export interface AutocannonRequest {
		method?: string;
		path?: string;
		headers?: Record<string, string>;
		body?: string;
		setupRequest?: (
			request: AutocannonRequest,
			context: Record<string, unknown>
		) => AutocannonRequest;
		onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
	}

	export interface AutocannonOptions {
		url: string;
		connections?: number;
		duration?: number;
		amount?: number;
		timeout?: number;
		headers?: Record<string, string>;
		requests?: AutocannonRequest[];
		title?: string;
	}

	export interface AutocannonResult {
		requests: { average: number; total: number; sent: number };
		latency: { p50: number; p90: number; p99: number; max: number; average: number };
		throughput: { average: number };
		errors: number;
		timeouts: number;
		non2xx: number;
		'2xx': number;
		'3xx': number;
		'4xx': number;
		'5xx': number;
		duration: number;
	}

	export interface AutocannonInstance extends EventEmitter, PromiseLike<AutocannonResult> {
		stop(): void;
	}

	function autocannon(options: AutocannonOptions): AutocannonInstance;
	export default autocannon;
}
