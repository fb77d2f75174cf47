// Whether a request reached the app's own server, from what fetch gave back. The connection
// indicator trusts this rather than `navigator.onLine`, which only says a network interface is
// up: a phone on a Wi-Fi without Internet (or behind a captive portal) says "online" too.

/** What one request says about the server: it answered, it could not be reached, or nothing. */
export type RequestOutcome = 'answered' | 'unreachable' | 'ignored';

/** A response's outcome; `origin` is the app's own (a redirect elsewhere is a captive portal). */
export function outcomeOfResponse(
	response: Pick<Response, 'status' | 'url'>,
	origin: string
): RequestOutcome {
	if (response.url && new URL(response.url).origin !== origin) return 'unreachable';
	// A proxy in front of the server that could not reach it (a 503 comes from the server itself).
	if (response.status === 502 || response.status === 504) return 'unreachable';
	return 'answered';
}

/**
 * A failed request's outcome. A request its caller cancelled (PouchDB ends a long-poll that way)
 * says nothing about the server; any other failure (network error, time-out) means unreachable.
 */
export function outcomeOfError(
	error: unknown,
	signal: AbortSignal | null | undefined
): RequestOutcome {
	const isTimeout = error instanceof Error && error.name === 'TimeoutError';
	if (signal?.aborted && !isTimeout) return 'ignored';
	return 'unreachable';
}

/**
 * Whether the probe's answer is the app's server itself: `GET /db/` answers JSON from the gateway.
 * A Wi-Fi's log-in page (HTML, often through a redirect) is not.
 */
export function isServerProbeAnswer(
	response: Pick<Response, 'ok' | 'status' | 'url' | 'headers'>,
	origin: string
): boolean {
	return (
		response.ok &&
		outcomeOfResponse(response, origin) === 'answered' &&
		(response.headers.get('content-type') ?? '').includes('application/json')
	);
}

/** Waits before the next probe of an unreachable server: soon at first, then less often. */
export function probeDelayMs(attempt: number): number {
	const delays = [2_000, 5_000, 10_000, 30_000];
	return delays[Math.min(attempt, delays.length - 1)] ?? 30_000;
}
