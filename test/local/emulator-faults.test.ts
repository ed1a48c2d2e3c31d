import {
  CreateSegmentCommand,
  ForbiddenException,
  GetSegmentCommand,
  InternalServerErrorException,
  PinpointClient,
  PinpointServiceException,
  TooManyRequestsException,
  UpdateSegmentCommand,
} from '@aws-sdk/client-pinpoint';
import { Emulator, EmulatorOptions, startEmulator } from '../../local/emulator';
import { errorOf, rejectionOf, serviceErrorOf } from '../support/rejection';

const APP = 'app1';

let emu: Emulator;
let client: PinpointClient;
let segmentId: string;

async function start(options: EmulatorOptions = {}): Promise<void> {
  await emu?.stop();
  emu = await startEmulator({ port: 0, ...options });
  client = new PinpointClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: { requestTimeout: 2000 },
  });
  segmentId = emu.seedSegment(APP, { Id: 'seg1', Name: 'Gold' }).Id!;
}

beforeEach(() => start());
afterEach(() => emu.stop());

const get = () => client.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: segmentId }));
const update = (Name = 'Silver') => client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: segmentId, WriteSegmentRequest: { Name } }));
const create = () => client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'n' } }));

/** Settles every request and sorts the outcomes into successes and error names. */
async function outcomes(requests: Array<Promise<unknown>>): Promise<{ ok: number; errors: string[] }> {
  const settled = await Promise.allSettled(requests);
  return {
    ok: settled.filter((s) => s.status === 'fulfilled').length,
    errors: settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as Error).name] : [])),
  };
}

describe('throttling', () => {
  it('answers 429 TooManyRequestsException beyond the burst and recovers at the rate', async () => {
    let clock = 0;
    await start({ now: () => clock });
    emu.faults.set('GetSegment', { throttle: { rate: 5, burst: 5 } });

    const burst = await outcomes(Array.from({ length: 8 }, get));
    expect(burst).toEqual({ ok: 5, errors: ['TooManyRequestsException', 'TooManyRequestsException', 'TooManyRequestsException'] });

    clock += 400; // two tokens at 5 per second
    expect(await outcomes(Array.from({ length: 3 }, get))).toEqual({ ok: 2, errors: ['TooManyRequestsException'] });

    clock += 10_000; // the bucket refills only up to the burst
    expect((await outcomes(Array.from({ length: 7 }, get))).ok).toBe(5);
  });

  it('throttles with the SDK exception class and a 429 status', async () => {
    emu.faults.set('*', { throttle: { rate: 1, burst: 1 } });
    await get();
    const error = await serviceErrorOf(get());
    expect(error).toBeInstanceOf(TooManyRequestsException);
    expect(error.$metadata.httpStatusCode).toBe(429);
    expect(emu.calls.map((c) => [c.status, c.fault])).toEqual([[200, undefined], [429, 'throttled']]);
  });

  it('shares the * bucket across operations and leaves unthrottled routes alone', async () => {
    const clock = 0;
    await start({ now: () => clock });
    emu.faults.set('*', { throttle: { rate: 25, burst: 25 } });
    const mixed = await outcomes([...Array.from({ length: 20 }, get), ...Array.from({ length: 10 }, () => update())]);
    expect(mixed.ok).toBe(25);
    expect(mixed.errors).toHaveLength(5);

    emu.faults.clear();
    expect((await outcomes(Array.from({ length: 30 }, get))).ok).toBe(30);
  });

  it('refills with the system clock by default', async () => {
    // Only Date is faked, so the answer does not depend on how fast a loaded machine runs.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      await start();
      emu.faults.set('GetSegment', { throttle: { rate: 2, burst: 2 } });
      expect(await outcomes(Array.from({ length: 6 }, get))).toEqual({ ok: 2, errors: Array(4).fill('TooManyRequestsException') });
      jest.setSystemTime(Date.now() + 1250); // 2.5 tokens' worth, capped at the burst of 2
      expect(await outcomes(Array.from({ length: 3 }, get))).toEqual({ ok: 2, errors: ['TooManyRequestsException'] });
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('failNext', () => {
  it('fails the next calls with the given status, type and message, then serves normally', async () => {
    emu.faults.failNext('UpdateSegment', 2, { status: 403, type: 'ForbiddenException', message: 'not authorized to perform mobiletargeting:UpdateSegment' });
    for (let i = 0; i < 2; i++) {
      const error = await serviceErrorOf(update());
      expect(error).toBeInstanceOf(ForbiddenException);
      expect(error.name).toBe('ForbiddenException');
      expect(error.message).toBe('not authorized to perform mobiletargeting:UpdateSegment');
      expect(error.$metadata.httpStatusCode).toBe(403);
    }
    expect(emu.state.getSegment(APP, segmentId)?.Version).toBe(1);
    expect((await update()).SegmentResponse?.Version).toBe(2);
  });

  it('applies only to the named operation', async () => {
    emu.faults.failNext('CreateSegment', 1, { status: 400, message: 'bad create' });
    await expect(get()).resolves.toBeDefined();
    await expect(create()).rejects.toMatchObject({ name: 'BadRequestException', message: 'bad create' });
    await expect(create()).resolves.toBeDefined();
  });

  it('applies to every operation with *', async () => {
    emu.faults.failNext('*', 1, { status: 404 });
    await expect(get()).rejects.toMatchObject({ name: 'NotFoundException', message: 'injected fault on *' });
    await expect(get()).resolves.toBeDefined();
  });
});

describe('server errors', () => {
  it('answers 500 InternalServerErrorException a set number of times', async () => {
    emu.faults.set('GetSegment', { error: { status: 500, times: 2 } });
    for (let i = 0; i < 2; i++) {
      const error = await serviceErrorOf(get());
      expect(error).toBeInstanceOf(InternalServerErrorException);
      expect(error.$fault).toBe('server');
    }
    await expect(get()).resolves.toBeDefined();
  });

  it('answers 503 with the chosen type, which the SDK raises as a server fault', async () => {
    emu.faults.set('UpdateSegment', { error: { status: 503, type: 'ServiceUnavailableException', message: 'try later' } });
    const error = await serviceErrorOf(update());
    expect(error).toBeInstanceOf(PinpointServiceException);
    expect(error).toMatchObject({ name: 'ServiceUnavailableException', message: 'try later', $fault: 'server' });
    expect(error.$metadata.httpStatusCode).toBe(503);
    expect(emu.state.getSegment(APP, segmentId)?.Version).toBe(1);
  });

  it('fails with the given probability', async () => {
    const draws = [0.1, 0.9, 0.2, 0.6];
    await start({ random: () => draws.shift()! });
    emu.faults.set('GetSegment', { error: { status: 500, probability: 0.5 } });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await get().then(() => 'ok', (e: unknown) => (e as Error).name));
    expect(results).toEqual(['InternalServerErrorException', 'ok', 'InternalServerErrorException', 'ok']);
  });

  it('stops failing once cleared', async () => {
    emu.faults.set('GetSegment', { error: { status: 500 } });
    await expect(get()).rejects.toBeInstanceOf(InternalServerErrorException);
    emu.faults.clear('GetSegment');
    await expect(get()).resolves.toBeDefined();
  });
});

describe('connection resets', () => {
  it('resets before the write: the caller sees a network error and nothing changed', async () => {
    emu.faults.resetNext('UpdateSegment', 1, 'before');
    const error = await errorOf(update());
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PinpointServiceException);
    expect(error.message).toMatch(/socket hang up|ECONNRESET/);
    expect(emu.state.getSegment(APP, segmentId)?.Version).toBe(1);
    expect(emu.calls[0]).toMatchObject({ operation: 'UpdateSegment', fault: 'reset-before' });
    expect(emu.calls[0].status).toBeUndefined();
    expect((await update()).SegmentResponse?.Version).toBe(2);
  });

  it('resets after the write: the caller sees a network error but the write happened', async () => {
    emu.faults.set('CreateSegment', { reset: { when: 'after', times: 1 } });
    const error = await errorOf(create());
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PinpointServiceException);
    expect(emu.state.listSegments(APP).map((s) => s.Name)).toEqual(['Gold', 'n']);
    expect(emu.calls[0].fault).toBe('reset-after');
    await expect(create()).resolves.toBeDefined();
  });
});

describe('delays and hangs', () => {
  it('delays the answer by the given time', async () => {
    // The wait is injected: what is checked is that the emulator waits 300 ms, not how long a timer took.
    const slept: number[] = [];
    await start({ sleep: (ms) => { slept.push(ms); return Promise.resolve(); } });
    emu.faults.set('GetSegment', { delayMs: 300 });
    await get();
    await update();
    expect(slept).toEqual([300]); // and not for UpdateSegment
  });

  it('holds a request until a promise settles, then serves it', async () => {
    let release!: () => void;
    emu.faults.set('UpdateSegment', { until: new Promise<void>((resolve) => (release = resolve)) });
    let answered = false;
    const pending = update().then(() => (answered = true));
    while (emu.calls.length === 0) await new Promise((r) => setImmediate(r));
    await get(); // served while the update is held
    expect(answered).toBe(false);
    expect(emu.state.getSegment(APP, segmentId)!.Name).toBe('Gold');
    release();
    await pending;
    expect(emu.state.getSegment(APP, segmentId)!.Name).toBe('Silver');
  });

  it('drops a held write when reset() runs while it is in flight', async () => {
    let release!: () => void;
    emu.faults.set('CreateSegment', { until: new Promise<void>((resolve) => (release = resolve)) });
    const pending = create().then(() => 'answered', () => 'dropped');
    while (emu.calls.length === 0) await new Promise((r) => setImmediate(r));
    emu.reset();
    release();
    expect(await pending).toBe('dropped');
    expect(emu.state.listSegments(APP)).toEqual([]);
  });

  it('never answers a hung request, and still stops', async () => {
    emu.faults.set('GetSegment', { hang: true });
    const pending = fetch(`${emu.url}/v1/apps/${APP}/segments/${segmentId}`, { signal: AbortSignal.timeout(300) });
    await expect(pending).rejects.toThrow();
    expect(emu.calls[0]).toMatchObject({ operation: 'GetSegment', fault: 'hang' });
    expect(emu.calls[0].status).toBeUndefined();

    const hung = rejectionOf(get());
    await new Promise((r) => setTimeout(r, 50));
    await emu.stop();
    expect(await hung).toBeInstanceOf(Error);
  });
});

describe('fault specs', () => {
  it('refuses impossible throttles and statuses', () => {
    expect(() => emu.faults.set('GetSegment', { throttle: { rate: 0, burst: 5 } })).toThrow(/rate > 0/);
    expect(() => emu.faults.failNext('GetSegment', 1, { status: 200 })).toThrow(/400\.\.599/);
  });

  it('clears every fault and the call log on reset', async () => {
    emu.faults.failNext('*', 5, { status: 500 });
    emu.reset();
    expect(emu.calls).toEqual([]);
    await expect(create()).resolves.toBeDefined();
  });
});
