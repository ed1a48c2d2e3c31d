// Location criteria: a country (a set dimension) or a GPS point and range.
import { SetDimension } from './dimensions-set';

/**
 * Location criteria (`SegmentLocation`).
 */
export interface SegmentLocation {
  /**
   * Country criteria; values are ISO 3166-1 alpha-2 codes, such as `US`.
   *
   * @default - no country dimension
   */
  readonly country?: SetDimension;

  /**
   * A GPS point and range.
   *
   * @default - no GPS dimension
   */
  readonly gpsPoint?: GpsPointDimension;
}

/**
 * A GPS location and range (`GPSPointDimension`).
 */
export interface GpsPointDimension {
  /**
   * The coordinates to measure distance from.
   */
  readonly coordinates: GpsCoordinates;

  /**
   * The range, in kilometers, from the coordinates.
   *
   * @default - Pinpoint's default range
   */
  readonly rangeInKilometers?: number;
}

/**
 * GPS coordinates (`GPSCoordinates`).
 */
export interface GpsCoordinates {
  /**
   * The latitude, in -90..90.
   */
  readonly latitude: number;

  /**
   * The longitude, in -180..180.
   */
  readonly longitude: number;
}

/**
 * Factories for GPS dimensions, for `location.gpsPoint`.
 *
 * @example
 * const dims: SegmentDimensions = {
 *   location: { gpsPoint: GpsPoint.within(47.6, -122.3, 25) },
 * };
 */
export class GpsPoint {
  /**
   * Endpoints within `rangeInKilometers` of the given coordinates.
   *
   * @param latitude in -90..90
   * @param longitude in -180..180
   * @param rangeInKilometers greater than 0
   * @example GpsPoint.within(47.6, -122.3, 25)
   */
  public static within(latitude: number, longitude: number, rangeInKilometers: number): GpsPointDimension {
    return { coordinates: { latitude, longitude }, rangeInKilometers };
  }

  private constructor() {}
}
