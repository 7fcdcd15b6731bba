import { EdgeConfigError } from "../errors";
import { validateAssessPop, validateHandshake } from "../validation/model-entry";

/**
 * How a client opens an HTTPS connection:
 * - `tcp+tls1.2`: TCP handshake, then a full TLS 1.2 handshake
 * - `tcp+tls1.3`: TCP handshake, then a full TLS 1.3 handshake
 * - `tls1.3-0rtt`: TCP handshake, then a TLS 1.3 resumption sending the request as early data
 * - `quic`: QUIC (HTTP/3), transport and TLS 1.3 in one handshake
 * - `quic-0rtt`: QUIC resumption, the request in the first flight
 */
export type HandshakeProtocol = "tcp+tls1.2" | "tcp+tls1.3" | "tls1.3-0rtt" | "quic" | "quic-0rtt";

const ROUND_TRIPS: Readonly<Record<HandshakeProtocol, { readonly transport: number; readonly crypto: number }>> = {
  "tcp+tls1.2": { transport: 1, crypto: 2 },
  "tcp+tls1.3": { transport: 1, crypto: 1 },
  "tls1.3-0rtt": { transport: 1, crypto: 0 },
  quic: { transport: 1, crypto: 0 },
  "quic-0rtt": { transport: 0, crypto: 0 },
};

/** Every protocol {@link handshakeBudget} knows, fastest last. */
export const HANDSHAKE_PROTOCOLS = Object.keys(ROUND_TRIPS) as readonly HandshakeProtocol[];

/**
 * Where the time to first byte goes. Counted: round trips that must finish before the client
 * may send its request, then one round trip for request and response, then server time.
 * Not counted: DNS, TCP Fast Open, loss and retransmits, congestion-window limits.
 */
export interface HandshakeBudget {
  readonly protocol: HandshakeProtocol;
  readonly rttMs: number;
  /** TCP's three-way handshake (1), or QUIC's handshake, which carries TLS 1.3 inside it (1). */
  readonly transportRoundTrips: number;
  /** TLS round trips after the transport handshake: 2 for TLS 1.2, 1 for TLS 1.3, 0 for 0-RTT and QUIC. */
  readonly tlsRoundTrips: number;
  /** Round trips before the request can be sent: transport + TLS. */
  readonly setupRoundTrips: number;
  /** Round trips before the first response byte: setup + 1. */
  readonly firstByteRoundTrips: number;
  readonly transportMs: number;
  readonly tlsMs: number;
  /** setupRoundTrips × RTT. */
  readonly setupMs: number;
  readonly serverTimeMs: number;
  /** (setupRoundTrips + 1) × RTT + server time. */
  readonly timeToFirstByteMs: number;
}

/** Options of {@link handshakeBudget}. */
export interface HandshakeOptions {
  /**
   * Time the server needs before the first response byte.
   * @default 0
   */
  readonly serverTimeMs?: number;
  /**
   * Construct path or caller named in errors.
   * @default "handshake"
   */
  readonly path?: string;
}

/**
 * Time to first byte of a fresh HTTPS connection at a given round-trip time. At 150 ms RTT,
 * TCP + TLS 1.2 spends 150 ms on TCP and 300 ms on TLS before the request goes out, and
 * the response starts after 4 RTT = 600 ms.
 */
export function handshakeBudget(protocol: HandshakeProtocol, rttMs: number, options: HandshakeOptions = {}): HandshakeBudget {
  validateHandshake(options?.path ?? "handshake", protocol, rttMs, options);
  const path = options.path ?? "handshake";
  const serverTimeMs = options.serverTimeMs ?? 0;
  const trips = ROUND_TRIPS[protocol];
  if (!Object.prototype.hasOwnProperty.call(ROUND_TRIPS, protocol)) {
    throw new EdgeConfigError(path, "unknown handshake protocol", protocol, `one of ${HANDSHAKE_PROTOCOLS.join(", ")}`);
  }
  assertMs(path, "rttMs", rttMs, 0);
  assertMs(path, "serverTimeMs", serverTimeMs, 0);
  const setupRoundTrips = trips.transport + trips.crypto;
  return {
    protocol,
    rttMs,
    transportRoundTrips: trips.transport,
    tlsRoundTrips: trips.crypto,
    setupRoundTrips,
    firstByteRoundTrips: setupRoundTrips + 1,
    transportMs: trips.transport * rttMs,
    tlsMs: trips.crypto * rttMs,
    setupMs: setupRoundTrips * rttMs,
    serverTimeMs,
    timeToFirstByteMs: (setupRoundTrips + 1) * rttMs + serverTimeMs,
  };
}

/** What {@link assessPop} is asked about: clients at `rttMs` from a POP. */
export interface PopAssessmentInput extends HandshakeOptions {
  readonly rttMs: number;
  readonly protocol: HandshakeProtocol;
  /** Longest acceptable time to first byte. */
  readonly budgetMs: number;
}

/** Whether a POP is close enough for its clients' time-to-first-byte budget. */
export interface PopAssessment {
  readonly budget: HandshakeBudget;
  readonly withinBudget: boolean;
  /** Largest RTT at which this protocol still meets the budget. */
  readonly maxRttMs: number;
  /** Why the POP is too far and what would help; absent when within budget. */
  readonly warning?: string;
}

/** Checks a POP's RTT against a time-to-first-byte budget and explains a miss. */
export function assessPop(input: PopAssessmentInput): PopAssessment {
  validateAssessPop(input?.path ?? "handshake", input);
  const path = input.path ?? "handshake";
  const budget = handshakeBudget(input.protocol, input.rttMs, input);
  assertMs(path, "budgetMs", input.budgetMs, Number.MIN_VALUE);
  const maxRttMs = Math.max(0, (input.budgetMs - budget.serverTimeMs) / budget.firstByteRoundTrips);
  if (budget.timeToFirstByteMs <= input.budgetMs) return { budget, withinBudget: true, maxRttMs };
  const fits = HANDSHAKE_PROTOCOLS.filter((p) => handshakeBudget(p, input.rttMs, input).timeToFirstByteMs <= input.budgetMs);
  const remedy = fits.length > 0 ? `, or use ${fits.join(" / ")}` : "";
  const warning =
    `time to first byte over ${input.protocol} at ${input.rttMs} ms RTT is ${budget.timeToFirstByteMs} ms ` +
    `(${budget.firstByteRoundTrips} RTT${budget.serverTimeMs > 0 ? ` + ${budget.serverTimeMs} ms server` : ""}), ` +
    `over the ${input.budgetMs} ms budget by ${budget.timeToFirstByteMs - input.budgetMs} ms: ` +
    `terminate TLS at a POP within ${round(maxRttMs)} ms RTT of these clients${remedy}`;
  return { budget, withinBudget: false, maxRttMs, warning };
}

function assertMs(path: string, name: string, value: number, min: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new EdgeConfigError(path, `${name} is invalid`, value, min > 0 ? "a finite number of milliseconds > 0" : "a finite number of milliseconds ≥ 0");
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
