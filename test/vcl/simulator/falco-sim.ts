import { ChildProcess, spawn } from "child_process";
import { closeSync, openSync, readFileSync } from "fs";
import { connect } from "net";

/** One `falco simulate --proxy` process serving an assembled VCL on 127.0.0.1:<port>. */
export interface Simulator {
  readonly name: string;
  readonly port: number;
  /** File receiving the simulator's stderr (its trace and the VCL's `log` lines), if kept. */
  readonly logFile?: string;
  /** CPU seconds (user + system) the simulator process has used so far (0 once it exited). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Resolves when 127.0.0.1:<port> accepts a TCP connection, rejects otherwise. */
function accepts(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve();
    });
    socket.on("error", reject);
  });
}

/**
 * Starts falco's simulator on `vclPath` (a real proxy: it fetches from the backends the VCL
 * declares) and waits, at most `readyMs`, until it accepts connections. falco listens on all
 * interfaces, so callers run it inside a network namespace that has only loopback.
 */
export async function startSimulator(falcoBin: string, name: string, vclPath: string, port: number, logFile?: string, readyMs = 15_000): Promise<Simulator> {
  const fd = logFile ? openSync(logFile, "w") : undefined;
  const child: ChildProcess = spawn(falcoBin, ["simulate", "--proxy", vclPath, "-p", String(port)], {
    stdio: ["ignore", "ignore", fd ?? "ignore"],
    // falco parses the whole VCL for every request: fewer GC cycles and one thread for Go's
    // runtime cut its CPU per request by about a fifth on a busy 2-core machine.
    env: { ...process.env, GOGC: "400", GOMAXPROCS: "1" },
  });
  let exited = false;
  let stopped = false;
  child.on("exit", () => (exited = true));
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const hard = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 2000);
        child.once("exit", () => {
          clearTimeout(hard);
          resolve();
        });
      });
    }
    if (fd !== undefined) closeSync(fd);
  };
  const cpuSeconds = () => {
    try {
      // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, counted after the ")".
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  };
  const deadline = Date.now() + readyMs;
  for (;;) {
    if (exited) throw new Error(`falco simulate for ${name} exited before serving`);
    try {
      await accepts(port);
      return { name, port, logFile, cpuSeconds, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`falco simulate for ${name} did not answer within ${readyMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
