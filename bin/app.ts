#!/usr/bin/env node
// The example app: one Pinpoint project, one segment the stack creates, and one existing segment
// it adopts. `npm start` synthesizes it and rehearses every segment's lifecycle offline.
import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import {
  AttributeDimension,
  GpsPoint,
  GroupType,
  Include,
  MetricDimension,
  PinpointSegment,
  Recency,
  RecencyDuration,
  SetDimensions,
  SourceType,
} from '../lib';

const app = new App();
const stack = new Stack(app, 'PinpointSegmentExample', {
  description: 'cdk-pinpoint-segment example: a created segment and an adopted one',
});

const project = new CfnApp(stack, 'Project', { name: 'cdk-pinpoint-segment-example' });
// aws-cdk-lib flags every AWS::Pinpoint::App because AWS ends support for Pinpoint's engagement
// features on 2026-10-30. This example exists to show segments on Pinpoint, so the warning is
// acknowledged here, on this one resource, and nowhere else.
Validations.of(project).acknowledge({
  id: 'CloudFormation-Validate::W3696',
  reason: 'the example deliberately uses Amazon Pinpoint; the README states the 2026-10-30 end of support',
});

// A segment the stack creates, from dimensions: near Seattle, five or more orders, on the gold plan,
// reachable by push on iOS or Android.
const gold = new PinpointSegment(stack, 'GoldNearSeattle', {
  applicationId: project.ref,
  name: 'Gold customers near Seattle',
  dimensions: {
    location: { gpsPoint: GpsPoint.within(47.6, -122.3, 50) },
    metrics: { orders: MetricDimension.greaterThanOrEqual(5) },
    userAttributes: { plan: AttributeDimension.inclusive('gold') },
    demographic: {
      platform: SetDimensions.including('ios', 'android'),
      channel: SetDimensions.including('APNS', 'GCM'),
    },
  },
  tags: { team: 'growth' },
});

// An existing segment, made in the console, brought under the stack's control. Its id stays the
// same, so campaigns that point at it keep working. Pass your own id with
// `cdk synth -c adoptSegmentId=<id>`; the default is a placeholder for the offline rehearsal.
new PinpointSegment(stack, 'LapsedGold', {
  applicationId: project.ref,
  segmentId: app.node.tryGetContext('adoptSegmentId') ?? '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  name: 'Lapsed gold customers',
  segmentGroups: {
    include: Include.ALL,
    groups: [{
      sourceSegments: [{ id: gold.segmentId, version: 1 }],
      sourceType: SourceType.ANY,
      type: GroupType.ALL,
      dimensions: [{ behavior: { recency: Recency.inactiveWithin(RecencyDuration.DAY_30) } }],
    }],
  },
  tags: { team: 'growth' },
  restoreOnDelete: true,
});

app.synth();
