/**
 * The emulator's state: segments per application, each with its full version history and its
 * tags. Every accepted write adds a version; tags are resource-level and never add one.
 */
import { randomBytes } from 'crypto';
import type { SegmentDimensions, SegmentGroupList, SegmentResponse, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';

/** One stored version: the definition as written, and when. */
interface SegmentVersion {
  readonly version: number;
  readonly name?: string;
  readonly dimensions?: SegmentDimensions;
  readonly segmentGroups?: SegmentGroupList;
  readonly lastModifiedDate: string;
}

interface SegmentRecord {
  readonly applicationId: string;
  readonly id: string;
  readonly arn: string;
  readonly creationDate: string;
  /** Ascending; the last entry is the live definition. */
  readonly versions: SegmentVersion[];
  tags: Record<string, string>;
  /** Set for a segment seeded as an import job's. */
  readonly kind?: Pick<SegmentResponse, 'SegmentType' | 'ImportDefinition'>;
}

export interface StoreOptions {
  readonly region: string;
  /** An application's own region, where it is not `region`. */
  readonly applicationRegion?: (applicationId: string) => string | undefined;
  /** An application's own account, where it is not `account`. */
  readonly applicationAccount?: (applicationId: string) => string | undefined;
  readonly account: string;
  /** Milliseconds since the epoch; stamps CreationDate and LastModifiedDate. */
  readonly now: () => number;
}

/** Pinpoint segment ids are 32 lowercase hex characters. */
export function newSegmentId(): string {
  return randomBytes(16).toString('hex');
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  return 'aws';
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

export class SegmentStore {
  private readonly apps = new Map<string, Map<string, SegmentRecord>>();
  /** Where requests placed applications that no option places: Pinpoint's endpoints are regional. */
  private readonly requestPlaces = new Map<string, { readonly region?: string; readonly account?: string }>();

  constructor(private readonly options: StoreOptions) {}

  arnOf(applicationId: string, segmentId: string): string {
    const place = this.requestPlaces.get(applicationId);
    const region = this.options.applicationRegion?.(applicationId) ?? place?.region ?? this.options.region;
    const account = this.options.applicationAccount?.(applicationId) ?? place?.account ?? this.options.account;
    return `arn:${partitionOf(region)}:mobiletargeting:${region}:${account}:apps/${applicationId}/segments/${segmentId}`;
  }

  has(applicationId: string, segmentId: string): boolean {
    return this.record(applicationId, segmentId) !== undefined;
  }

  /** Creates a segment at version 1; `tags` are applied, as CreateSegment does. */
  create(
    applicationId: string,
    request: WriteSegmentRequest,
    segmentId: string = newSegmentId(),
    kind?: Pick<SegmentResponse, 'SegmentType' | 'ImportDefinition'>,
  ): SegmentResponse {
    if (this.has(applicationId, segmentId)) throw new Error(`segment ${segmentId} already exists in application ${applicationId}`);
    const now = this.timestamp();
    const record: SegmentRecord = {
      applicationId,
      id: segmentId,
      arn: this.arnOf(applicationId, segmentId),
      creationDate: now,
      versions: [this.version(1, request, undefined, now)],
      tags: { ...(request.tags ?? {}) },
      ...(kind ? { kind: clone(kind) } : {}),
    };
    this.segments(applicationId).set(segmentId, record);
    return this.render(record, record.versions[0]);
  }

  /**
   * Writes a new version that replaces the definition. A missing Name keeps the current one.
   * `tags` in the request are ignored, as the service has done since 2023-05-22.
   */
  update(applicationId: string, segmentId: string, request: WriteSegmentRequest): SegmentResponse | undefined {
    const record = this.record(applicationId, segmentId);
    if (!record) return undefined;
    const previous = record.versions[record.versions.length - 1];
    const next = this.version(previous.version + 1, request, previous.name, this.timestamp());
    record.versions.push(next);
    return this.render(record, next);
  }

  get(applicationId: string, segmentId: string): SegmentResponse | undefined {
    const record = this.record(applicationId, segmentId);
    return record && this.render(record, record.versions[record.versions.length - 1]);
  }

  /** Removes the segment with its history and tags; returns what it was. */
  delete(applicationId: string, segmentId: string): SegmentResponse | undefined {
    const current = this.get(applicationId, segmentId);
    if (current) this.segments(applicationId).delete(segmentId);
    return current;
  }

  getVersion(applicationId: string, segmentId: string, version: number): SegmentResponse | undefined {
    const record = this.record(applicationId, segmentId);
    const stored = record?.versions.find((v) => v.version === version);
    return record && stored && this.render(record, stored);
  }

  /** Every version, oldest first; undefined when the segment does not exist. */
  versions(applicationId: string, segmentId: string): SegmentResponse[] | undefined {
    const record = this.record(applicationId, segmentId);
    return record?.versions.map((v) => this.render(record, v));
  }

  /** Live segments of an application, in creation order. */
  list(applicationId: string): SegmentResponse[] {
    return [...(this.apps.get(applicationId)?.values() ?? [])].map((r) => this.render(r, r.versions[r.versions.length - 1]));
  }

  tags(arn: string): Record<string, string> | undefined {
    const record = this.byArn(arn);
    return record && { ...record.tags };
  }

  /** Adds or overwrites tags; false when no segment has this ARN. */
  tag(arn: string, tags: Record<string, string>): boolean {
    const record = this.byArn(arn);
    if (!record) return false;
    Object.assign(record.tags, tags);
    return true;
  }

  /** Removes tags by key; false when no segment has this ARN. */
  untag(arn: string, keys: readonly string[]): boolean {
    const record = this.byArn(arn);
    if (!record) return false;
    for (const key of keys) delete record.tags[key];
    return true;
  }

  /**
   * Records where a request that names `applicationId` came from (the region it was signed for, the
   * caller's account). One endpoint serves every region and account here; in AWS an application
   * lives in one account's regional endpoint, so the first request that says where it came from
   * places the application for good.
   */
  notePlace(applicationId: string, region: string | undefined, account: string | undefined): void {
    if (this.requestPlaces.has(applicationId) || (region === undefined && account === undefined)) return;
    this.requestPlaces.set(applicationId, { region, account });
  }

  clear(): void {
    this.apps.clear();
    this.requestPlaces.clear();
  }

  private byArn(arn: string): SegmentRecord | undefined {
    for (const segments of this.apps.values()) {
      for (const record of segments.values()) if (record.arn === arn) return record;
    }
    return undefined;
  }

  private record(applicationId: string, segmentId: string): SegmentRecord | undefined {
    return this.apps.get(applicationId)?.get(segmentId);
  }

  private segments(applicationId: string): Map<string, SegmentRecord> {
    let segments = this.apps.get(applicationId);
    if (!segments) this.apps.set(applicationId, (segments = new Map<string, SegmentRecord>()));
    return segments;
  }

  private version(version: number, request: WriteSegmentRequest, previousName: string | undefined, now: string): SegmentVersion {
    return {
      version,
      name: request.Name ?? previousName,
      dimensions: clone(request.Dimensions),
      segmentGroups: clone(request.SegmentGroups),
      lastModifiedDate: now,
    };
  }

  /** Tags are current, not versioned: they belong to the resource. */
  private render(record: SegmentRecord, version: SegmentVersion): SegmentResponse {
    const response: SegmentResponse = {
      ApplicationId: record.applicationId,
      Arn: record.arn,
      CreationDate: record.creationDate,
      Id: record.id,
      LastModifiedDate: version.lastModifiedDate,
      SegmentType: 'DIMENSIONAL',
      Version: version.version,
      tags: { ...record.tags },
      ...clone(record.kind),
    };
    if (version.name !== undefined) response.Name = version.name;
    if (version.dimensions !== undefined) response.Dimensions = clone(version.dimensions);
    if (version.segmentGroups !== undefined) response.SegmentGroups = clone(version.segmentGroups);
    return response;
  }

  private timestamp(): string {
    return new Date(this.options.now()).toISOString();
  }
}
