import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import { changedPaths, judgeResponses } from '../../local/rehearse-judge';
import { DeployLog } from '../../local/rehearse-report';
import type { RehearsalEvent } from '../../local/rehearse-types';

function deployLog(): { log: DeployLog; printed: () => string } {
  let text = '';
  const log = new DeployLog({ color: false, write: (t) => (text += t), handlerLogs: 'failures', secrets: () => [], passthrough: (fn) => fn() });
  return { log, printed: () => text };
}

function event(fields: Partial<RehearsalEvent>): RehearsalEvent {
  return {
    stack: 'S', logicalId: 'Seg', resource: 'S/Seg', requestType: 'Update', phase: 'update-to', status: 'SUCCESS',
    calls: [], logs: [], leaked: false, responses: 1, line: '', ...fields,
  };
}

describe('the deploy log', () => {
  test('the summary counts are the counts of the lines printed, skipped and not rehearsed included', () => {
    const { log, printed } = deployLog();
    const events = [
      log.event(event({ requestType: 'Create', phase: 'create' })),
      log.event(event({ status: 'FAILED', reason: 'BadRequestException: no' })),
      log.event(event({ requestType: 'Delete', phase: 'delete', status: 'SKIPPED', reason: '(DeletionPolicy Retain)' })),
    ];
    for (let i = 0; i < 5; i++) log.row('UPDATE', 'SKIPPED', `S/Other${i}`, '(no change: CloudFormation sends no event)');
    log.row('', 'NOT REHEARSED', 'S/Profiles', '(AWS::CustomerProfiles::SegmentDefinition: no offline model)');
    const exitCode = log.summary({
      events, calls: [], segments: [], applications: new Map(), globalLeak: false,
      notRehearsed: [{ stack: 'S', logicalId: 'Profiles', type: 'AWS::CustomerProfiles::SegmentDefinition' }],
    });
    const lines = printed().split('\n');
    expect(lines.filter((l) => /^\s+\S+ SKIPPED\s/.test(l))).toHaveLength(6);
    expect(printed()).toContain('2 events played, 1 failed, 6 skipped, 1 not rehearsed (AWS::CustomerProfiles::SegmentDefinition)');
    expect(exitCode).toBe(1);
  });

  test('the segments listed at the end leave out the reserved ownership tag', () => {
    const { log, printed } = deployLog();
    log.summary({
      events: [], calls: [], applications: new Map(), globalLeak: false, notRehearsed: [],
      segments: [{ applicationId: 'app', segmentId: 'seg', name: 'Gold', version: 1, tags: { team: 'growth', [OWNERSHIP_TAG_KEY]: 'v1.abc.def' } }],
    });
    expect(printed()).toContain('tags team=growth');
    expect(printed()).not.toContain(OWNERSHIP_TAG_KEY);
  });

  test('an update line names the changed property paths', () => {
    const { log } = deployLog();
    const old = { Name: 'A', Dimensions: { Metrics: { orders: { ComparisonOperator: 'GREATER_THAN', Value: '1' } } }, Tags: { a: '1' } };
    const next = { Name: 'A', Dimensions: { Metrics: { orders: { ComparisonOperator: 'GREATER_THAN', Value: '7' } } }, Tags: { a: '1', b: '2' } };
    const line = log.event(event({ changedPaths: changedPaths(old, next) })).line;
    expect(line).toContain('changed: Dimensions.Metrics.orders.Value, Tags.b');
    expect(log.event(event({ changedPaths: changedPaths(old, old) })).line).toContain('no property changed');
  });
});

describe('the response judge', () => {
  const sent = { StackId: 'stack', RequestId: 'r1', LogicalResourceId: 'Seg' };
  const body = (fields: object) => JSON.stringify({ Status: 'SUCCESS', PhysicalResourceId: 'a:b', ...sent, ...fields });
  const judge = (bodies: string[]) => judgeResponses({ sent, bodies, invocation: { timedOut: false }, timeoutSeconds: 120, refusedPuts: [] });

  test('one valid response is its status', () => {
    expect(judge([body({ Data: { SegmentId: 'b' } })])).toEqual({ status: 'SUCCESS', physicalResourceId: 'a:b', data: { SegmentId: 'b' } });
    expect(judge([body({ Status: 'FAILED', Reason: 'x' })])).toMatchObject({ status: 'FAILED', reason: 'x' });
  });

  test('what CloudFormation rejects: none, two, oversized, mismatched', () => {
    expect(judge([]).status).toBe('NO RESPONSE');
    expect(judge([body({}), body({})]).status).toBe('DUPLICATE RESPONSES');
    expect(judge([body({ Data: { big: 'x'.repeat(5000) } })])).toMatchObject({ status: 'INVALID RESPONSE' });
    expect(judge([body({ Data: { big: 'x'.repeat(5000) } })]).reason).toContain('4096');
    expect(judge([body({ RequestId: 'other' })]).reason).toContain('RequestId is "other"');
  });
});
