import { assessPop, handshakeBudget, HandshakeProtocol } from "../../lib/model/handshake";
import { expectEdgeError } from "./support/errors";

describe("handshakeBudget", () => {
  test.each<[HandshakeProtocol, number, number, number, number]>([
    // protocol, transport RTTs, TLS RTTs, setup RTTs, time to first byte at 150 ms RTT
    ["tcp+tls1.2", 1, 2, 3, 600],
    ["tcp+tls1.3", 1, 1, 2, 450],
    ["tls1.3-0rtt", 1, 0, 1, 300],
    ["quic", 1, 0, 1, 300],
    ["quic-0rtt", 0, 0, 0, 150],
  ])("%s at 150 ms RTT: %d + %d round trips before the request, first byte at %d RTT", (protocol, transport, tls, setup, ttfb) => {
    const budget = handshakeBudget(protocol, 150);
    expect([budget.transportRoundTrips, budget.tlsRoundTrips, budget.setupRoundTrips, budget.firstByteRoundTrips]).toEqual([
      transport,
      tls,
      setup,
      setup + 1,
    ]);
    expect(budget.timeToFirstByteMs).toBe(ttfb);
  });

  test("Oregon–Seoul (150 ms RTT) over TLS 1.2: TCP 150 ms + TLS 300 ms, first byte after ~4 RTT = 600 ms", () => {
    const budget = handshakeBudget("tcp+tls1.2", 150);
    expect([budget.transportMs, budget.tlsMs, budget.setupMs, budget.timeToFirstByteMs]).toEqual([150, 300, 450, 600]);
  });

  test("a Tokyo POP 30 ms from Seoul clients cuts the handshakes to 90 ms", () => {
    expect(handshakeBudget("tcp+tls1.2", 30).setupMs).toBe(90);
  });

  test("server time adds to the time to first byte, not to the setup", () => {
    const budget = handshakeBudget("tcp+tls1.3", 40, { serverTimeMs: 25 });
    expect([budget.setupMs, budget.serverTimeMs, budget.timeToFirstByteMs]).toEqual([80, 25, 145]);
  });

  test("fails on an unknown protocol, listing the known ones", () => {
    expectEdgeError(() => handshakeBudget("tls1.1" as HandshakeProtocol, 10, { path: "Edge/Pop-nrt" }), {
      path: "Edge/Pop-nrt",
      problem: "unknown handshake protocol",
      value: '"tls1.1"',
      expected: "one of tcp+tls1.2, tcp+tls1.3, tls1.3-0rtt, quic, quic-0rtt",
    });
  });

  test.each([-1, NaN, Infinity])("fails on RTT %d", (rttMs) => {
    expectEdgeError(() => handshakeBudget("quic", rttMs), {
      path: "handshake",
      problem: "rttMs is invalid",
      value: String(rttMs),
      expected: "a finite number of milliseconds ≥ 0",
    });
  });

  test("fails on a negative server time", () => {
    expectEdgeError(() => handshakeBudget("quic", 10, { serverTimeMs: -5 }), {
      path: "handshake",
      problem: "serverTimeMs is invalid",
      value: "-5",
      expected: "a finite number of milliseconds ≥ 0",
    });
  });
});

describe("assessPop", () => {
  test("a POP whose clients meet the budget gets no warning", () => {
    const result = assessPop({ rttMs: 30, protocol: "tcp+tls1.2", budgetMs: 200 });
    expect(result).toEqual({ budget: handshakeBudget("tcp+tls1.2", 30), withinBudget: true, maxRttMs: 50 });
  });

  test("a POP exactly at the budget passes", () => {
    expect(assessPop({ rttMs: 50, protocol: "tcp+tls1.2", budgetMs: 200 }).withinBudget).toBe(true);
  });

  test("a far POP gets a warning with the overrun, the RTT that would fit and faster protocols that would", () => {
    const result = assessPop({ rttMs: 150, protocol: "tcp+tls1.2", budgetMs: 400, serverTimeMs: 20 });
    expect(result.withinBudget).toBe(false);
    expect(result.maxRttMs).toBe(95);
    expect(result.warning).toBe(
      "time to first byte over tcp+tls1.2 at 150 ms RTT is 620 ms (4 RTT + 20 ms server), over the 400 ms budget by 220 ms: " +
        "terminate TLS at a POP within 95 ms RTT of these clients, or use tls1.3-0rtt / quic / quic-0rtt",
    );
  });

  test("when no protocol fits, the warning only asks for a closer POP", () => {
    const result = assessPop({ rttMs: 300, protocol: "quic", budgetMs: 250 });
    expect(result.warning).toBe(
      "time to first byte over quic at 300 ms RTT is 600 ms (2 RTT), over the 250 ms budget by 350 ms: terminate TLS at a POP within 125 ms RTT of these clients",
    );
  });

  test("fails on a budget of 0", () => {
    expectEdgeError(() => assessPop({ rttMs: 10, protocol: "quic", budgetMs: 0, path: "Edge/Pop-fra" }), {
      path: "Edge/Pop-fra",
      problem: "budgetMs is invalid",
      value: "0",
      expected: "a finite number of milliseconds > 0",
    });
  });
});
