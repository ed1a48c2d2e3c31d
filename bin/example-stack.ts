// The example stack: one Pinpoint project, one segment the stack creates, one existing segment it
// adopts, and the Customer Profiles segment definition of each (README: "Moving to Customer
// Profiles"). bin/app.ts synthesizes it for `cdk synth` and `npm start`; test/nag.test.ts builds the
// same stack to run cdk-nag over it. Construct ids are part of the contract: keep them stable.
import { Annotations, RemovalPolicy, Stack, StackProps, Validations } from 'aws-cdk-lib';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import { Construct } from 'constructs';
import {
  AttributeDimension,
  CustomerProfilesSegment,
  CustomerProfilesWarnings,
  GpsPoint,
  GroupType,
  Include,
  MetricDimension,
  PinpointSegment,
  Recency,
  RecencyDuration,
  SourceType,
  Values,
} from '../lib';

/** The construct id `bin/app.ts` gives the example stack. */
export const EXAMPLE_STACK_ID = 'PinpointSegmentExample';

/** The segment id adopted when no `adoptSegmentId` context is given: a placeholder for the rehearsal. */
export const PLACEHOLDER_ADOPTED_SEGMENT_ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

/** The Customer Profiles domain used when no `profilesDomain` context is given: a placeholder. */
export const PLACEHOLDER_PROFILES_DOMAIN = 'cdk-pinpoint-segment-example';

export class ExampleStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, {
      description: 'cdk-pinpoint-segment example: a created segment and an adopted one',
      ...props,
    });

    const project = new CfnApp(this, 'Project', { name: 'cdk-pinpoint-segment-example' });
    // aws-cdk-lib flags every AWS::Pinpoint::App because AWS ends support for Pinpoint's engagement
    // features on 2026-10-30. This example exists to show segments on Pinpoint, so the warning is
    // acknowledged here, on this one resource, and nowhere else.
    Validations.of(project).acknowledge({
      id: 'CloudFormation-Validate::W3696',
      reason: 'the example deliberately uses Amazon Pinpoint; the README states the 2026-10-30 end of support',
    });

    // A segment the stack creates, from dimensions: near Seattle, five or more orders, on the gold
    // plan, reachable by push on iOS or Android.
    // Step 4 of the move to Customer Profiles (README): `-c retirePinpoint=true` keeps the Pinpoint
    // segments when they leave the stack, and leaves the adopted one as it is.
    const retiring = String(this.node.tryGetContext('retirePinpoint')) === 'true';

    const gold = new PinpointSegment(this, 'GoldNearSeattle', {
      applicationId: project.ref,
      name: 'Gold customers near Seattle',
      dimensions: {
        location: { gpsPoint: GpsPoint.within(47.6, -122.3, 50) },
        metrics: { orders: MetricDimension.greaterThanOrEqual(5) },
        userAttributes: { plan: AttributeDimension.inclusive('gold') },
        demographic: {
          platform: Values.including('ios', 'android'),
          channel: Values.including('APNS', 'GCM'),
        },
      },
      tags: { team: 'growth' },
      removalPolicy: retiring ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // An existing segment, made in the console, brought under the stack's control. Its id stays the
    // same, so campaigns that point at it keep working. Pass your own id with
    // `cdk synth -c adoptSegmentId=<id>`; the default is a placeholder for the offline rehearsal.
    const lapsed = new PinpointSegment(this, 'LapsedGold', {
      applicationId: project.ref,
      segmentId: (this.node.tryGetContext('adoptSegmentId') as string | undefined) ?? PLACEHOLDER_ADOPTED_SEGMENT_ID,
      name: 'Lapsed gold customers',
      segmentGroups: {
        include: Include.ALL,
        groups: [{
          sourceSegments: [gold.asSourceSegment(1)],
          sourceType: SourceType.ANY,
          type: GroupType.ALL,
          dimensions: [{ behavior: { recency: Recency.inactiveWithin(RecencyDuration.DAY_30) } }],
        }],
      },
      tags: { team: 'growth' },
      restoreOnDelete: !retiring,
    });

    // The same audiences as Amazon Connect Customer Profiles segment definitions, in the domain
    // named by `cdk synth -c profilesDomain=<name>`. A profile has no GPS position, device or push
    // channel, and no activity record: those conditions are dropped, which widens the audiences, so
    // each is acknowledged by its path. The approximations (attributes, the orders metric as a
    // calculated attribute the domain must define, the pinned base segment version) are synth
    // warnings. The lapsed segment starts from the gold one, translated first.
    const domainName = (this.node.tryGetContext('profilesDomain') as string | undefined) ?? PLACEHOLDER_PROFILES_DOMAIN;
    const goldProfiles = CustomerProfilesSegment.fromPinpointSegment(this, 'GoldNearSeattleProfiles', gold, {
      domainName,
      segmentDefinitionName: 'gold-near-seattle',
      acknowledgeDropped: ['dimensions.location.gpsPoint', 'dimensions.demographic'],
      tags: { team: 'growth' },
    });
    const lapsedProfiles = CustomerProfilesSegment.fromPinpointSegment(this, 'LapsedGoldProfiles', lapsed, {
      domainName,
      segmentDefinitionName: 'lapsed-gold',
      acknowledgeDropped: ['segmentGroups.groups[0].dimensions[0].behavior.recency'],
      tags: { team: 'growth' },
    });
    // Each translation warning, read and accepted the CDK way: by its id, with the reason.
    for (const segment of [goldProfiles, lapsedProfiles]) {
      Annotations.of(segment).acknowledgeWarning(CustomerProfilesWarnings.DROPPED_ACKNOWLEDGED,
        'the example accepts the wider audiences: profiles carry no location, device, channel or activity data');
    }
    Annotations.of(goldProfiles).acknowledgeWarning(CustomerProfilesWarnings.ATTRIBUTES_MERGED,
      'the plan is imported into each profile as the custom attribute plan');
    Annotations.of(goldProfiles).acknowledgeWarning(CustomerProfilesWarnings.METRIC_AS_CALCULATED_ATTRIBUTE,
      'the domain defines the calculated attribute orders, a count of order objects');
    Annotations.of(lapsedProfiles).acknowledgeWarning(CustomerProfilesWarnings.SOURCE_SEGMENT_VERSION,
      'the gold segment is moved as a whole, so its current definition is the one meant');
  }
}

