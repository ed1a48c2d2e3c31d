/**
 * Security evidence, logs, through the real bundled handler (test/support/cfn-harness.ts):
 * - no log line ever carries the ResponseURL's query string (a presigned credential): not for
 *   SUCCESS, FAILED, a timeout, response PUTs that fail, nor a malformed event, at LOG_LEVEL=DEBUG
 *   or at the default level;
 * - segment definitions are logged only at DEBUG: at the default level the definition's
 *   distinctive values never appear; at DEBUG they do.
 */
import { AttributeDimension, MetricDimension } from '../../lib';
import type { InvocationResult } from '../support/cfn-harness';
import { Harness, propsFromConstruct, SegmentResourceProps, startHarness } from '../support/cfn-harness';
import { ResponseProxy, startResponseProxy } from '../support/response-proxy';

const APP = 'f1e2d3c4b5a697881726354453627180';
const ADOPTED_ID = '5e9a1c2b3d4f4a6b8c7d9e0f1a2b3c4d';

/** Values that only the definition contains. */
const SECRET_VALUE = 'platinum-secret-42';
const SECRET_NAME = 'Confidential cohort 42';
const SECRET_METRIC = 'lifetimeSpendSecret42';
const SECRET_TAG_VALUE = 'cost-centre-secret-42';
const SECRETS = [SECRET_VALUE, SECRET_NAME, SECRET_METRIC, SECRET_TAG_VALUE];

const SECRET_PROPS = propsFromConstruct({
  applicationId: APP,
  name: SECRET_NAME,
  dimensions: {
    userAttributes: { plan: AttributeDimension.inclusive(SECRET_VALUE) },
    metrics: { [SECRET_METRIC]: MetricDimension.greaterThan(1000) },
  },
  tags: { costCentre: SECRET_TAG_VALUE },
});
const PLAIN_PROPS = propsFromConstruct({ applicationId: APP, name: 'Plain', dimensions: { userAttributes: { plan: AttributeDimension.inclusive('gold') } } });

let h: Harness;
let proxy: ResponseProxy;

beforeAll(async () => {
  h = await startHarness();
  proxy = await startResponseProxy();
});
afterAll(async () => {
  await proxy?.stop();
  await h?.stop();
});
beforeEach(() => {
  h.emu.reset();
  proxy.clear();
});
afterEach(() => {
  delete process.env.LOG_LEVEL;
});

/** Everything that identifies the presigned part of an event's ResponseURL. */
function urlSecrets(result: InvocationResult): string[] {
  const url = String(result.event.ResponseURL);
  const query = url.slice(url.indexOf('?') + 1);
  const signature = /X-Amz-Signature=([0-9a-f]+)/.exec(query)?.[1];
  expect(signature).toMatch(/^[0-9a-f]{64}$/);
  return [query, decodeURIComponent(query), signature!, 'X-Amz-Signature', 'X-Amz-Credential', 'AKIAREHEARSAL'];
}

function expectNoUrlSecret(results: InvocationResult[]): number {
  let lines = 0;
  for (const result of results) {
    const secrets = urlSecrets(result);
    expect(result.logs.length).toBeGreaterThan(0);
    for (const line of result.logs) {
      lines += 1;
      for (const secret of secrets) {
        if (line.includes(secret)) throw new Error(`a log line carries the ResponseURL's query string (${secret}):\n${line}`);
      }
    }
  }
  // Nothing was logged outside an invocation either.
  for (const line of h.orphanLogs) {
    for (const result of results) for (const secret of urlSecrets(result)) expect(line).not.toContain(secret);
  }
  return lines;
}

describe.each(['DEBUG', 'INFO'])('at LOG_LEVEL=%s, no log line carries the ResponseURL query string', (level) => {
  beforeEach(() => {
    process.env.LOG_LEVEL = level;
  });

  test('SUCCESS: Create, Update and Delete', async () => {
    const created = await h.create(SECRET_PROPS);
    expect(created.response.Status).toBe('SUCCESS');
    const id = created.response.PhysicalResourceId;
    const updated = await h.update(id, PLAIN_PROPS, SECRET_PROPS);
    const deleted = await h.remove(id, PLAIN_PROPS);
    expect([updated.response.Status, deleted.response.Status]).toEqual(['SUCCESS', 'SUCCESS']);
    const lines = expectNoUrlSecret([created, updated, deleted]);
    expect(lines).toBeGreaterThan(6);
    // The redacted URL is logged, so the check above really looked at URL-bearing lines.
    expect(created.logs.some((line) => line.includes('/cloudformation-custom-resource-response-useast1/'))).toBe(true);
  });

  test('FAILED: Pinpoint refuses, a malformed event, and a timeout', async () => {
    // A 400: a 403 would be retried briefly first (IAM propagation).
    h.emu.faults.failNext('CreateSegment', 1, { status: 400, message: 'not accepted' });
    const refused = await h.create(SECRET_PROPS);
    const malformed = await h.send(h.event('Create', { props: SECRET_PROPS }, { mutate: (e) => ({ ...e, RequestType: 'Upsert' }) }));
    h.emu.faults.set('CreateSegment', { hang: true });
    // 2 s deadline: the handler keeps a quarter back and answers FAILED at 1.5 s.
    const timedOut = await h.create(SECRET_PROPS, { deadlineMs: 2000 });
    expect([refused, malformed, timedOut].map((r) => r.response.Status)).toEqual(['FAILED', 'FAILED', 'FAILED']);
    expect(timedOut.response.Reason).toMatch(/^timed out after 1.5s waiting for Pinpoint/);
    expectNoUrlSecret([refused, malformed, timedOut]);
  });

  test('response PUTs that fail, then succeed (WARN lines carry the errors)', async () => {
    proxy.failNext(1, 'reset');
    proxy.failNext(1, 'http-500');
    const result = await h.create(PLAIN_PROPS, { mutate: proxy.route });
    expect(result.response.Status).toBe('SUCCESS');
    expect(result.logs.filter((line) => line.startsWith('WARN sending the response'))).toHaveLength(2);
    expectNoUrlSecret([result]);
  });
});

describe('at LOG_LEVEL=DEBUG, response PUTs that never succeed', () => {
  beforeEach(() => {
    process.env.LOG_LEVEL = 'DEBUG';
  });

  test('every attempt reset: the ERROR line names the redacted URL only', async () => {
    proxy.failAlways('reset');
    const result = await h.create(PLAIN_PROPS, { mutate: proxy.route });
    expect(result.parsedResponses).toHaveLength(0);
    const error = result.logs.find((line) => line.startsWith('ERROR could not deliver the response'));
    expect(error).toBeDefined();
    expectNoUrlSecret([result]);
  });

  test('a ResponseURL nobody listens on (ECONNREFUSED), and one that is not a URL', async () => {
    const closed = await h.create(PLAIN_PROPS, {
      mutate: (e) => {
        const url = new URL(String(e.ResponseURL));
        return { ...e, ResponseURL: `http://127.0.0.1:9${url.pathname}${url.search}` };
      },
    });
    expect(closed.logs.join('\n')).toMatch(/ECONNREFUSED/);
    const garbled = await h.create(PLAIN_PROPS, {
      mutate: (e) => ({ ...e, ResponseURL: `not a url ${new URL(String(e.ResponseURL)).search}` }),
    });
    expect(garbled.logs.join('\n')).toContain('the ResponseURL is not a URL (<unparseable ResponseURL>)');
    expectNoUrlSecret([closed, garbled]);
  });
});

describe('segment definitions are logged only at DEBUG', () => {
  /** A lifecycle that touches every path that handles a definition: create, adopt, update, restore. */
  async function lifecycle(): Promise<string[]> {
    h.emu.seedSegment(APP, { Id: ADOPTED_ID, Name: SECRET_NAME, Dimensions: { UserAttributes: { plan: { Values: [SECRET_VALUE] } } } });
    const adoptedProps: SegmentResourceProps = { ...SECRET_PROPS, SegmentId: ADOPTED_ID, RestoreOnDelete: true, Name: 'Adopted' };
    const results = [];
    const created = await h.create(SECRET_PROPS);
    results.push(created, await h.update(created.response.PhysicalResourceId, PLAIN_PROPS, SECRET_PROPS));
    results.push(await h.update(created.response.PhysicalResourceId, SECRET_PROPS, PLAIN_PROPS));
    const adopted = await h.create(adoptedProps);
    results.push(adopted, await h.remove(adopted.response.PhysicalResourceId, adoptedProps));
    h.emu.faults.failNext('UpdateSegment', 1, { status: 400, message: 'Segment dimensions are invalid' });
    results.push(await h.update(created.response.PhysicalResourceId, PLAIN_PROPS, SECRET_PROPS));
    results.push(await h.remove(created.response.PhysicalResourceId, SECRET_PROPS));
    expect(results.map((r) => r.response.Status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILED', 'SUCCESS']);
    // The restore really put the secret definition back (so its path was exercised).
    expect(h.emu.state.getSegment(APP, ADOPTED_ID)?.Name).toBe(SECRET_NAME);
    return results.flatMap((r) => r.logs);
  }

  test.each([undefined, 'INFO', 'WARN', 'ERROR'])('at LOG_LEVEL=%s no distinctive value of a definition appears', async (level) => {
    if (level === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = level;
    const logs = await lifecycle();
    if (level === undefined || level === 'INFO') expect(logs.length).toBeGreaterThan(20);
    for (const line of logs) {
      for (const secret of SECRETS) {
        if (line.includes(secret)) throw new Error(`a definition value (${secret}) is logged at LOG_LEVEL=${level ?? 'default'}:\n${line}`);
      }
      expect(line).not.toMatch(/^DEBUG /);
    }
  });

  test('at LOG_LEVEL=DEBUG they do', async () => {
    process.env.LOG_LEVEL = 'DEBUG';
    const logs = (await lifecycle()).join('\n');
    for (const secret of SECRETS) expect(logs).toContain(secret);
    expect(logs).toMatch(/^DEBUG desired segment /m);
    expect(logs).toMatch(/^DEBUG restored definition /m);
  });
});
