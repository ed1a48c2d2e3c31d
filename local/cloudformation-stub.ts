/**
 * A loopback CloudFormation stand-in for `pinpoint-segment drift`: it serves ListStackResources
 * (paginated with NextToken, like the service: at most `pageSize` summaries a page) and
 * DescribeStacks over the AWS Query protocol the real SDK client speaks. The client reaches it
 * through `AWS_ENDPOINT_URL_CLOUDFORMATION=<url>`.
 *
 *   const cfn = await startCloudFormationStub();
 *   cfn.putStack('MyStack', [{ LogicalResourceId: 'Gold1234', PhysicalResourceId: 'app:seg', ResourceType: 'Custom::PinpointSegment' }]);
 *   ...
 *   await cfn.stop();
 */
import { randomUUID } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface StubResource {
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceType: string;
  /** @default 'CREATE_COMPLETE' */
  readonly ResourceStatus?: string;
}

export interface StubCall {
  readonly action: string;
  readonly params: Record<string, string>;
}

export interface CloudFormationStub {
  readonly url: string;
  /** Every request, in arrival order. */
  readonly calls: StubCall[];
  /** Puts (or replaces) a stack with these resources and parameters. */
  putStack(name: string, resources: readonly StubResource[], parameters?: Record<string, string>): void;
  stop(): Promise<void>;
}

export interface CloudFormationStubOptions {
  /** Summaries per ListStackResources page. @default 100 */
  readonly pageSize?: number;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '123456789012' */
  readonly account?: string;
}

interface StubStack {
  readonly id: string;
  readonly resources: readonly StubResource[];
  readonly parameters: Record<string, string>;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function element(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<${name}>${xml(value)}</${name}>`;
}

function respond(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body), 'x-amzn-requestid': randomUUID() }).end(body);
}

function errorBody(code: string, message: string): string {
  return `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type>` +
    `${element('Code', code)}${element('Message', message)}</Error>${element('RequestId', randomUUID())}</ErrorResponse>`;
}

function result(action: string, inner: string): string {
  return `<${action}Response xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><${action}Result>${inner}</${action}Result>` +
    `<ResponseMetadata>${element('RequestId', randomUUID())}</ResponseMetadata></${action}Response>`;
}

export async function startCloudFormationStub(options: CloudFormationStubOptions = {}): Promise<CloudFormationStub> {
  const pageSize = options.pageSize ?? 100;
  const region = options.region ?? 'us-east-1';
  const account = options.account ?? '123456789012';
  const stacks = new Map<string, StubStack>();
  const calls: StubCall[] = [];
  const find = (name: string | undefined) => (name === undefined ? undefined : stacks.get(name) ?? [...stacks.values()].find((s) => s.id === name));

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const action = params.Action ?? '';
      calls.push({ action, params });
      const stack = find(params.StackName);
      if (action !== 'ListStackResources' && action !== 'DescribeStacks') {
        return respond(res, 400, errorBody('InvalidAction', `the stub does not serve ${action || 'this request'}`));
      }
      if (!stack) return respond(res, 400, errorBody('ValidationError', `Stack with id ${params.StackName ?? ''} does not exist`));
      if (action === 'DescribeStacks') {
        const parameters = Object.entries(stack.parameters)
          .map(([k, v]) => `<member>${element('ParameterKey', k)}${element('ParameterValue', v)}</member>`).join('');
        const name = [...stacks].find(([, s]) => s === stack)![0];
        return respond(res, 200, result(action, `<Stacks><member>${element('StackId', stack.id)}${element('StackName', name)}` +
          `<Parameters>${parameters}</Parameters>${element('CreationTime', new Date(0).toISOString())}` +
          `${element('StackStatus', 'CREATE_COMPLETE')}</member></Stacks>`));
      }
      const offset = params.NextToken ? Number(params.NextToken) : 0;
      if (!Number.isInteger(offset) || offset < 0 || offset > stack.resources.length) {
        return respond(res, 400, errorBody('ValidationError', 'Invalid NextToken'));
      }
      const page = stack.resources.slice(offset, offset + pageSize);
      const next = offset + pageSize < stack.resources.length ? String(offset + pageSize) : undefined;
      const members = page.map((r) => `<member>${element('LogicalResourceId', r.LogicalResourceId)}` +
        `${element('PhysicalResourceId', r.PhysicalResourceId)}${element('ResourceType', r.ResourceType)}` +
        `${element('LastUpdatedTimestamp', new Date(0).toISOString())}${element('ResourceStatus', r.ResourceStatus ?? 'CREATE_COMPLETE')}</member>`).join('');
      return respond(res, 200, result(action, `<StackResourceSummaries>${members}</StackResourceSummaries>${element('NextToken', next)}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    putStack(name, resources, parameters = {}) {
      stacks.set(name, { id: `arn:aws:cloudformation:${region}:${account}:stack/${name}/${randomUUID()}`, resources: [...resources], parameters });
    },
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
