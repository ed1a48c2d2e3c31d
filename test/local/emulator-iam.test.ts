import { CreateSegmentCommand, DeleteSegmentCommand, GetSegmentCommand, PinpointClient } from '@aws-sdk/client-pinpoint';
import { Emulator, startEmulator } from '../../local/emulator';
import { authorize, isAllowed, wildcardMatch } from '../../local/emulator-iam';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const PRINCIPAL = 'arn:aws:sts::123456789012:assumed-role/HandlerRole/fn';
const ARN = 'arn:aws:mobiletargeting:us-east-1:123456789012:apps';
let emu: Emulator;
let client: PinpointClient;

beforeEach(async () => {
  emu = await startEmulator({ port: 0 });
  client = new PinpointClient({ endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1 });
});
afterEach(() => emu.stop());

describe('IAM matching', () => {
  test('* and ? wildcards; actions ignore case, resources do not', () => {
    expect(wildcardMatch('mobiletargeting:*Segment', 'mobiletargeting:DeleteSegment')).toBe(true);
    expect(wildcardMatch('mobiletargeting:getsegment', 'mobiletargeting:GetSegment', true)).toBe(true);
    expect(wildcardMatch(`${ARN}/a?c/segments/*`, `${ARN}/abc/segments/s1`)).toBe(true);
    expect(wildcardMatch(`${ARN}/a?c/segments/*`, `${ARN}/abbc/segments/s1`)).toBe(false);
    expect(wildcardMatch(`${ARN}/ABC/*`, `${ARN}/abc/x`)).toBe(false);
  });

  test('only Allow statements with a matching action and resource allow; every scenario must allow', () => {
    const request = { action: 'mobiletargeting:DeleteSegment', resource: `${ARN}/a/segments/s` };
    expect(isAllowed([{ Effect: 'Allow', Action: 'mobiletargeting:DeleteSegment', Resource: `${ARN}/a/segments/*` }], request)).toBe(true);
    expect(isAllowed([{ Effect: 'Allow', Action: 'mobiletargeting:GetSegment', Resource: '*' }], request)).toBe(false);
    expect(isAllowed([{ Effect: 'Allow', Action: '*', Resource: `${ARN}/b/segments/*` }], request)).toBe(false);
    expect(isAllowed([{ Effect: 'Deny', Action: '*', Resource: '*' }], request)).toBe(false);
    const allow = [{ Effect: 'Allow', Action: '*', Resource: '*' }];
    expect(authorize({ principal: PRINCIPAL, scenarios: [allow, []] }, request)).toBe(false);
    expect(authorize({ principal: PRINCIPAL, scenarios: [allow, allow] }, request)).toBe(true);
  });
});

describe('the emulator under a policy', () => {
  test('answers 403 AccessDeniedException naming the principal, action and resource, and changes nothing', async () => {
    const created = await client.send(new CreateSegmentCommand({ ApplicationId: 'a', WriteSegmentRequest: { Name: 'G' } }));
    const id = created.SegmentResponse!.Id!;
    emu.iamPolicy = {
      principal: PRINCIPAL,
      scenarios: [[{ Effect: 'Allow', Action: ['mobiletargeting:GetSegment'], Resource: `${ARN}/a/segments/*` }]],
    };
    await expect(client.send(new GetSegmentCommand({ ApplicationId: 'a', SegmentId: id }))).resolves.toBeDefined();
    const denied = await client.send(new DeleteSegmentCommand({ ApplicationId: 'a', SegmentId: id })).then(() => new Error('allowed'), (e: unknown) => e as Error);
    expect(denied).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    expect(denied.message).toBe(`User: ${PRINCIPAL} is not authorized to perform: mobiletargeting:DeleteSegment on resource: ${ARN}/a/segments/${id} ` +
      'because no identity-based policy allows the mobiletargeting:DeleteSegment action');
    // CreateSegment is authorized on the application.
    const create = await client.send(new CreateSegmentCommand({ ApplicationId: 'a', WriteSegmentRequest: { Name: 'H' } })).then(() => new Error('allowed'), (e: unknown) => e as Error);
    expect(create.message).toContain(`mobiletargeting:CreateSegment on resource: ${ARN}/a `);
    expect(emu.state.getSegment('a', id)).toBeDefined();
    expect(emu.calls.slice(-2).map((c) => c.iam)).toEqual([
      { action: 'mobiletargeting:DeleteSegment', resource: `${ARN}/a/segments/${id}`, allowed: false },
      { action: 'mobiletargeting:CreateSegment', resource: `${ARN}/a`, allowed: false },
    ]);
    emu.reset();
    expect(emu.iamPolicy).toBeUndefined();
  });
});
