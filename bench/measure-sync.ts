// The team sync server under load, on loopback: the server runs in its own
// process (src/server/main.ts, as `npm run server` runs it) so its memory is
// its own; the clients are real y-websocket providers in this process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { connectClient, randomRoom, tempDataDir, until, type TestClient } from '../src/server/sync-server-harness';

export type SyncFigures = {
  scenario: string;
  rooms: number;
  clientsPerRoom: number;
  seconds: number;
  keystrokes: number;
  /** Deliveries expected: every keystroke to every other client of its room. */
  deliveries: number;
  delivered: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The server process before any client connects (Node, tsx and the server's code). */
  serverIdleRssMb: number;
  serverRssMb: number;
  serverPeakRssMb: number;
  /** Keystrokes missing from a fresh client's copy after the run (0 when nothing was lost). */
  lost: number;
};

type Scenario = { scenario: string; rooms: number; clientsPerRoom: number; seconds: number; keystrokeEveryMs: number };

export const syncScenarios: Scenario[] = [
  { scenario: '20 clients typing into one draft', rooms: 1, clientsPerRoom: 20, seconds: 60, keystrokeEveryMs: 150 },
  { scenario: '200 rooms, 2 clients each', rooms: 200, clientsPerRoom: 2, seconds: 30, keystrokeEveryMs: 1000 },
];

export async function measureSync(s: Scenario): Promise<SyncFigures> {
  const data = tempDataDir();
  const server = await startServerProcess(data.dir);
  // Each y-websocket provider listens for the process's exit.
  process.setMaxListeners(s.rooms * s.clientsPerRoom + 20);
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const serverIdleRssMb = server.rssMb();
    const rooms = Array.from({ length: s.rooms }, () => randomRoom());
    const clients: { room: string; client: TestClient }[] = [];
    for (const room of rooms) for (let k = 0; k < s.clientsPerRoom; k++) clients.push({ room, client: connectClient(server.url, room) });
    await until(() => clients.every(({ client }) => client.provider.synced), 'every client to sync', 60_000);

    // Each keystroke is one Y.Text insert; its (clientID, clock) says when each other client has it.
    const sent = new Map<number, number[]>(); // clientID -> send time by clock
    const latencies: number[] = [];
    const byRoom = new Map<string, TestClient[]>();
    for (const { room, client } of clients) byRoom.set(room, [...(byRoom.get(room) ?? []), client]);
    for (const peers of byRoom.values()) {
      for (const receiver of peers) {
        const seen = new Map<number, number>();
        receiver.doc.on('update', () => {
          const now = performance.now();
          for (const sender of peers) {
            if (sender === receiver) continue;
            const id = sender.doc.clientID;
            const times = sent.get(id);
            if (!times) continue;
            const have = Y.getState(receiver.doc.store, id);
            for (let clock = seen.get(id) ?? 0; clock < have && clock < times.length; clock++) latencies.push(now - (times[clock] ?? now));
            seen.set(id, Math.min(have, times.length));
          }
        });
      }
    }
    let peakRss = server.rssMb();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMb())), 500);
    let keystrokes = 0;
    const timers = clients.map(({ client }, index) => {
      const times: number[] = [];
      sent.set(client.doc.clientID, times);
      const text = client.doc.getText('prose');
      const type = () => {
        const at = Math.floor(Math.random() * (text.length + 1));
        // One character per keystroke: its clock is the next one.
        times[Y.getState(client.doc.store, client.doc.clientID)] = performance.now();
        text.insert(at, 'abcdefghij'[index % 10] ?? 'x');
        keystrokes++;
      };
      const offset = Math.random() * s.keystrokeEveryMs;
      let interval: ReturnType<typeof setInterval> | undefined;
      const start = setTimeout(() => {
        type();
        interval = setInterval(type, s.keystrokeEveryMs);
      }, offset);
      return () => {
        clearTimeout(start);
        clearInterval(interval);
      };
    });
    await new Promise((resolve) => setTimeout(resolve, s.seconds * 1000));
    timers.forEach((stop) => stop());
    const deliveries = keystrokes * (s.clientsPerRoom - 1);
    await until(() => latencies.length >= deliveries, `${deliveries} deliveries (have ${latencies.length})`, 120_000).catch(() => {});
    clearInterval(sampler);
    const serverRssMb = server.rssMb();
    peakRss = Math.max(peakRss, serverRssMb);
    // Nothing lost: a fresh client of each room has every keystroke typed into it.
    let lost = 0;
    for (const [room, peers] of byRoom) {
      const expected = peers.reduce((n, peer) => n + (sent.get(peer.doc.clientID)?.filter((t) => t !== undefined).length ?? 0), 0);
      const fresh = connectClient(server.url, room);
      await until(() => fresh.provider.synced, 'a fresh client to sync', 30_000);
      lost += Math.max(0, expected - fresh.doc.getText('prose').length);
      fresh.destroy();
    }
    clients.forEach(({ client }) => client.destroy());
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN);
    return {
      scenario: s.scenario,
      rooms: s.rooms,
      clientsPerRoom: s.clientsPerRoom,
      seconds: s.seconds,
      keystrokes,
      deliveries,
      delivered: latencies.length,
      p50Ms: pct(0.5),
      p95Ms: pct(0.95),
      maxMs: round(latencies[latencies.length - 1] ?? NaN),
      serverIdleRssMb: round(serverIdleRssMb),
      serverRssMb: round(serverRssMb),
      serverPeakRssMb: round(peakRss),
      lost,
    };
  } finally {
    await server.stop();
    data.remove();
  }
}

async function startServerProcess(dataDir: string): Promise<{ url: string; rssMb: () => number; stop: () => Promise<void> }> {
  const main = fileURLToPath(new URL('../src/server/main.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', '--data', dataDir, '--max-rooms', '1000'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /on (ws:\/\/\S+) /.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`The sync server exited (${code}): ${out}`)));
  });
  return {
    url,
    rssMb: () => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
        return kb / 1024;
      } catch {
        return NaN;
      }
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
