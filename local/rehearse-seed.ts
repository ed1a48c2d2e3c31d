/**
 * Segments that exist before the stack does: the console segment an adopting resource takes over
 * (its `SegmentId`), and segments the app refers to without declaring them (`--seed`, e.g. a
 * segment group's source segments).
 */
import type { Emulator, SeedSegment } from './emulator';
import type { Json } from './rehearse-assembly';
import type { DeployLog } from './rehearse-report';
import type { SeedDefinition } from './rehearse-types';

const CONSOLE_SEGMENT = {
  Name: 'Made in the console',
  Dimensions: { Demographic: { Channel: { DimensionType: 'INCLUSIVE', Values: ['EMAIL'] } } },
};

export interface SeederOptions {
  /** Seed a console segment for every adopted SegmentId that does not exist yet. */
  readonly adopted: boolean;
  /** `--seed`: segment id → definition. */
  readonly seeds: Readonly<Record<string, SeedDefinition & { readonly Version?: number }>>;
}

export class Seeder {
  constructor(private readonly emu: Emulator, private readonly log: DeployLog, private readonly options: SeederOptions) {}

  /**
   * Before a Create or a move to another segment: the adopted segment, and every `--seed` segment
   * in the resource's application (at least at the version its segment groups pin).
   */
  before(resource: string, props: Json): void {
    const applicationId: unknown = props.ApplicationId;
    if (typeof applicationId !== 'string') return;
    for (const [segmentId, seed] of Object.entries(this.options.seeds)) {
      if (seed.ApplicationId !== undefined && seed.ApplicationId !== applicationId) continue;
      this.seed(resource, applicationId, segmentId, seed, Math.max(seed.Version ?? 1, pinnedVersion(props, segmentId)));
    }
    const segmentId: unknown = props.SegmentId;
    if (this.options.adopted && typeof segmentId === 'string') this.seed(resource, applicationId, segmentId, CONSOLE_SEGMENT, 1);
  }

  private seed(resource: string, applicationId: string, segmentId: string, seed: SeedDefinition, version: number): void {
    const { Name, Dimensions, SegmentGroups, tags } = { ...CONSOLE_SEGMENT, ...seed };
    const definition = SegmentGroups !== undefined && seed.Dimensions === undefined ? { Name, SegmentGroups, tags } : { Name, Dimensions, SegmentGroups, tags };
    try {
      let current = this.emu.state.getSegment(applicationId, segmentId);
      let changed = false;
      if (!current) {
        current = this.emu.seedSegment(applicationId, { ...(definition as SeedSegment), Id: segmentId });
        changed = true;
      }
      while ((current.Version ?? 1) < version) {
        current = this.emu.seedUpdate(applicationId, segmentId);
        changed = true;
      }
      if (!changed) return;
      this.log.row('SEED', '', resource, this.log.paint('dim',
        `${seed === CONSOLE_SEGMENT ? 'console' : 'existing'} segment ${segmentId} v${current.Version} in application ${applicationId}`));
    } catch (error) {
      this.log.note(`could not seed segment ${segmentId} for ${resource}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The highest version of `segmentId` that the resource's segment groups pin, or 0. */
function pinnedVersion(props: Json, segmentId: string): number {
  let highest = 0;
  for (const group of ((props.SegmentGroups as Json | undefined)?.Groups ?? []) as Json[]) {
    for (const source of (group.SourceSegments ?? []) as Json[]) {
      if (source.Id === segmentId && source.Version !== undefined) highest = Math.max(highest, Number(source.Version) || 0);
    }
  }
  return highest;
}
