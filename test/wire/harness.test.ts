/**
 * The harness itself (test/support/cfn-harness.ts): the events it builds look like CloudFormation's,
 * logs are attributed per invocation even under concurrency, and it leaves the process as it was.
 */
import { bundleIsFresh, HANDLER_FILE, SERVICE_TOKEN, startHarness, stringifyScalars } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';
const gold = { ApplicationId: APP, Name: 'Gold', Dimensions: { Metrics: { orders: { ComparisonOperator: 'GREATER_THAN', Value: 5 } } } };

it('stringifies every scalar recursively, as CloudFormation does, and drops undefined members', () => {
  expect(stringifyScalars({ a: 1, b: [true, 2.5, 'x', { c: false }], d: null, e: undefined, f: { g: 47.6 } })).toEqual({
    a: '1',
    b: ['true', '2.5', 'x', { c: 'false' }],
    d: null,
    f: { g: '47.6' },
  });
});

it('builds CloudFormation events with a presigned-looking ResponseURL, and restores the environment on stop', async () => {
  const before = { ...process.env };
  const h = await startHarness();
  try {
    expect(bundleIsFresh()).toBe(true);
    expect(HANDLER_FILE).toMatch(/assets\/handler\/index\.js$/);
    expect(process.env.AWS_ENDPOINT_URL_PINPOINT).toBe(h.emu.url);
    expect(process.env.AWS_REGION).toBe('us-east-1');
    await expect(startHarness()).rejects.toThrow(/already running/);

    const event = h.event('Update', { props: gold, oldProps: { ...gold, Name: 'Old' }, physicalId: `${APP}:abc` }, { logicalId: 'X' });
    expect(event).toMatchObject({
      RequestType: 'Update',
      ServiceToken: SERVICE_TOKEN,
      StackId: h.stackId,
      LogicalResourceId: 'X',
      PhysicalResourceId: `${APP}:abc`,
      ResourceType: 'Custom::PinpointSegment',
      ResourceProperties: { ServiceToken: SERVICE_TOKEN, ApplicationId: APP, Dimensions: { Metrics: { orders: { Value: '5' } } } },
      OldResourceProperties: { ServiceToken: SERVICE_TOKEN, Name: 'Old' },
    });
    expect(event.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    const url = new URL(String(event.ResponseURL));
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Credential')).toBeTruthy();
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  } finally {
    await h.stop();
  }
  expect(process.env).toEqual(before);
});

it('attributes logs to their own invocation under concurrency, and reports deadline and timing', async () => {
  const h = await startHarness({ handlerOptions: { retryPolicy: { baseDelayMs: 1, maxDelayMs: 5 } } });
  try {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => h.create({ ...gold, Name: `Gold ${i}` }, { logicalId: `Seg${i}`, deadlineMs: 30_000 })),
    );
    for (const result of results) {
      expect(result.deadlineMs).toBe(30_000);
      expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
      expect(result.returned).toBe(true);
      expect(result.response.Status).toBe('SUCCESS');
      const received = result.logs.filter((line) => line.includes('received Create event'));
      expect(received).toHaveLength(1);
      expect(received[0]).toContain(result.requestId);
      for (const other of results.filter((r) => r !== result)) {
        expect(result.logs.join('\n')).not.toContain(other.requestId);
      }
    }
  } finally {
    await h.stop();
  }
});

it('sends a raw event as given, and `response` throws unless there is exactly one', async () => {
  const h = await startHarness();
  try {
    // No ResponseURL: the handler cannot answer, and says so in its logs.
    const noUrl = h.event('Create', { props: gold });
    delete noUrl.ResponseURL;
    const unanswered = await h.send(noUrl);
    expect(unanswered.returned).toBe(true);
    expect(unanswered.responses).toEqual([]);
    expect(() => unanswered.response).toThrow(/exactly one response/);
    expect(unanswered.logs.join('\n')).toContain('no ResponseURL');
    expect(unanswered.calls).toEqual([]);

    const bogus = await h.send({ ...h.event('Create', { props: gold }), RequestType: 'Bogus' });
    expect(bogus.response.Status).toBe('FAILED');
    expect(bogus.response.Reason).toContain('unknown RequestType "Bogus"');
  } finally {
    await h.stop();
  }
});
