// Types for reading a synthesized AWS::CustomerProfiles::SegmentDefinition in tests.
import { Template } from 'aws-cdk-lib/assertions';

export interface CpCondition {
  readonly DimensionType: string;
  readonly Values: unknown;
}

export interface CpDimension {
  readonly ProfileAttributes?: {
    readonly Attributes?: Record<string, CpCondition>;
    readonly Address?: { readonly Country?: CpCondition };
  };
  readonly CalculatedAttributes?: Record<string, CpCondition>;
}

export interface CpGroup {
  readonly Dimensions?: CpDimension[];
  readonly SourceSegments?: { readonly SegmentDefinitionName: string }[];
  readonly SourceType?: string;
  readonly Type?: string;
}

export interface CpSegmentGroups {
  readonly Groups?: CpGroup[];
  readonly Include?: string;
}

export interface CpSegmentDefinitionProperties {
  readonly DomainName: unknown;
  readonly SegmentDefinitionName: unknown;
  readonly DisplayName: unknown;
  readonly Description?: unknown;
  readonly SegmentGroups: CpSegmentGroups;
  readonly Tags?: { Key: string; Value: string }[];
}

/** The properties of the template's only AWS::CustomerProfiles::SegmentDefinition. */
export function onlySegmentDefinition(template: Template): CpSegmentDefinitionProperties {
  const resources = Object.values(template.findResources('AWS::CustomerProfiles::SegmentDefinition')) as { Properties: CpSegmentDefinitionProperties }[];
  expect(resources).toHaveLength(1);
  return resources[0].Properties;
}

/** The name of the one custom attribute a dimension tests. */
export function attributeNameOf(dimension: CpDimension): string {
  return Object.keys(dimension.ProfileAttributes?.Attributes ?? {})[0];
}

/** The validation report's violations (`@aws-cdk/core:validationReportJson`). */
export interface ValidationReport {
  readonly pluginReports: { readonly violations?: unknown[] }[];
}
