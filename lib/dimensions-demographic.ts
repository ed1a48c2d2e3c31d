// Demographic criteria: device, app and channel, each a set dimension.
import { SetDimension } from './dimensions-set';

/**
 * Pinpoint's channel types, for the values of `SegmentDemographics.channel`.
 *
 * A convenience: `channel.values` stays a `string[]`, so pass e.g. `ChannelType.EMAIL`.
 */
export enum ChannelType {
  /** Push notifications through any push channel. */
  PUSH = 'PUSH',
  /** Firebase Cloud Messaging (formerly Google Cloud Messaging). */
  GCM = 'GCM',
  /** Apple Push Notification service. */
  APNS = 'APNS',
  /** Apple Push Notification service, sandbox environment. */
  APNS_SANDBOX = 'APNS_SANDBOX',
  /** Apple Push Notification service, VoIP. */
  APNS_VOIP = 'APNS_VOIP',
  /** Apple Push Notification service, VoIP sandbox environment. */
  APNS_VOIP_SANDBOX = 'APNS_VOIP_SANDBOX',
  /** Amazon Device Messaging. */
  ADM = 'ADM',
  /** SMS text messages. */
  SMS = 'SMS',
  /** Voice messages. */
  VOICE = 'VOICE',
  /** Email. */
  EMAIL = 'EMAIL',
  /** Baidu Cloud Push. */
  BAIDU = 'BAIDU',
  /** A custom channel. */
  CUSTOM = 'CUSTOM',
  /** In-app messages. */
  IN_APP = 'IN_APP',
}

/**
 * Demographic criteria (`SegmentDemographics`).
 */
export interface SegmentDemographics {
  /**
   * App version criteria.
   *
   * @default - no app version dimension
   */
  readonly appVersion?: SetDimension;

  /**
   * Channel criteria; values are Pinpoint channel types (see `ChannelType`).
   *
   * @default - no channel dimension
   */
  readonly channel?: SetDimension;

  /**
   * Device type criteria.
   *
   * @default - no device type dimension
   */
  readonly deviceType?: SetDimension;

  // `make` mirrors the API's `Make` (DESIGN.md). jsii warns that it is reserved in Go, but Go
  // bindings export struct fields capitalised (`Make`), which is not reserved; hence the suppression.
  /**
   * Device make criteria.
   *
   * @default - no make dimension
   * @jsii suppress JSII5018
   */
  readonly make?: SetDimension;

  /**
   * Device model criteria.
   *
   * @default - no model dimension
   */
  readonly model?: SetDimension;

  /**
   * Device platform criteria.
   *
   * @default - no platform dimension
   */
  readonly platform?: SetDimension;
}
