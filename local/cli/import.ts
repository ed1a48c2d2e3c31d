/**
 * `pinpoint-segment import --application-id ID [--out FILE] [--class NAME]`: every segment of a
 * Pinpoint project (GetSegments, paginated; tags from ListTagsForResource) as a TypeScript module
 * whose first deploy writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { GetSegmentsCommand, SegmentResponse } from '@aws-sdk/client-pinpoint';
import { Aws, ClientOptions, mapConcurrently, PINPOINT_RATE, progressReporter } from './aws';
import { checkClassName, generateModule } from './codegen';
import { declarableTags, ImportedSegment, importSegment } from './import-model';
import { ParsedArgs, UsageError } from './args';

export const IMPORT_USAGE = `Usage: pinpoint-segment import --application-id ID [--out FILE] [--class NAME]

Writes a TypeScript module that declares every segment of a Pinpoint project as an adopting
PinpointSegment (by segmentId), with its name, definition and tags. The module exports a Construct
subclass, constructor (scope, id, props?: { applicationId?: string }). The first deploy of that code
writes nothing to Pinpoint. Import segments (made by an import job) and any segment that could not
be declared without a write appear as comments, with the reason.

Options:
  --application-id ID   the Pinpoint project (application) id
  --out FILE            where to write the module (default: standard output)
  --class NAME          the class name (default: ImportedSegments)
  --region REGION       AWS region (default: the SDK's region chain)
  --profile NAME        AWS profile (default: the SDK's credential chain)
  --rate N              Pinpoint requests per second (default: ${PINPOINT_RATE}, the service's default quota)
  -h, --help            this text

Exit codes: 0 written, 2 usage or runtime error.
`;

export interface ImportOptions extends ClientOptions {
  readonly applicationId: string;
  readonly out?: string;
  readonly className?: string;
}

export function importOptions(args: ParsedArgs): ImportOptions {
  const applicationId = args.string('application-id');
  if (applicationId === undefined || applicationId === '') throw new UsageError('--application-id is required');
  const className = args.string('class');
  if (className !== undefined) {
    const problem = checkClassName(className);
    if (problem) throw new UsageError(problem);
  }
  return { ...args.clientOptions(), applicationId, out: args.string('out'), className };
}

/** Every segment of the project, page by page. */
export async function listSegments(aws: Aws, applicationId: string): Promise<SegmentResponse[]> {
  const segments: SegmentResponse[] = [];
  let token: string | undefined;
  do {
    const output = await aws.call((abortSignal) =>
      aws.pinpoint.send(new GetSegmentsCommand({ ApplicationId: applicationId, PageSize: '100', Token: token }), { abortSignal }),
    );
    segments.push(...(output.SegmentsResponse?.Item ?? []));
    token = output.SegmentsResponse?.NextToken || undefined;
  } while (token);
  return segments;
}

/** Reads the project and models each segment; no output. */
export async function importSegments(aws: Aws, applicationId: string): Promise<ImportedSegment[]> {
  const live = await listSegments(aws, applicationId);
  const progress = progressReporter('import: segments read', live.length);
  return mapConcurrently(
    live,
    PINPOINT_RATE,
    async (segment) => {
      if (segment.SegmentType === 'IMPORT' || !segment.Arn) return importSegment(segment, {}, applicationId);
      const tags = (await aws.listTags(segment.Arn)) ?? segment.tags ?? {};
      return importSegment(segment, declarableTags(tags), applicationId);
    },
    progress,
  );
}

export async function runImport(options: ImportOptions, aws: Aws = new Aws(options)): Promise<number> {
  const segments = await importSegments(aws, options.applicationId);
  const source = generateModule(segments, { applicationId: options.applicationId, className: options.className });
  if (options.out) {
    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    fs.writeFileSync(options.out, source);
  } else {
    process.stdout.write(source);
  }
  const declared = segments.filter((s) => s.kind === 'declared').length;
  const skipped = segments.filter((s) => s.kind === 'skipped');
  process.stderr.write(`import: ${declared} segment${declared === 1 ? '' : 's'} declared${options.out ? ` in ${options.out}` : ''}` +
    `${skipped.length > 0 ? `; ${skipped.length} left as comments` : ''}\n`);
  for (const s of skipped) {
    if (s.kind === 'skipped' && s.live.SegmentType !== 'IMPORT') {
      process.stderr.write(`import: "${s.live.Name ?? ''}" (${s.live.Id ?? 'no id'}) not declared: ${s.reasons.join('; ')}\n`);
    }
  }
  return 0;
}
