/**
 * Typed access to JSON in tests: synthesized CloudFormation templates and parsed JSON files.
 *
 * `Template.toJSON()`, `Template.findResources()` and `JSON.parse()` all return `any`. Read them
 * through these helpers instead, and narrow what a test inspects to a small interface of its own
 * (`resource.Properties as PolicyProps`), so the type checker sees every access.
 */
import * as fs from 'fs';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

/** A JSON value, as `JSON.parse` returns it. */
export type Json = null | boolean | number | string | Json[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: Json;
}

/** Whether `value` is a plain object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A template's resource; `P` is the shape of its `Properties` that a test reads. */
export interface CfnResource<P = Record<string, unknown>> {
  readonly Type: string;
  readonly Properties?: P;
  readonly DependsOn?: string | string[];
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly Condition?: string;
  readonly Metadata?: Record<string, unknown>;
}

/** A CloudFormation template, as synthesized. */
export interface CfnTemplate {
  readonly Resources: Record<string, CfnResource>;
  readonly Parameters?: Record<string, Record<string, unknown>>;
  readonly Outputs?: Record<string, Record<string, unknown>>;
  readonly Conditions?: Record<string, unknown>;
  readonly Mappings?: Record<string, unknown>;
  readonly Rules?: Record<string, unknown>;
}

/** The synthesized template of a stack (or of an assertions `Template`) as typed JSON. */
export function templateJson(from: Stack | Template | CfnTemplate): CfnTemplate {
  if (from instanceof Stack) return Template.fromStack(from).toJSON() as CfnTemplate;
  if (from instanceof Template) return from.toJSON() as CfnTemplate;
  return from;
}

/** Every resource of type `type`, by logical id. `P` is the shape of the properties a test reads. */
export function resourcesOfType<P = Record<string, unknown>>(from: Stack | Template | CfnTemplate, type: string): Record<string, CfnResource<P>> {
  const resources = templateJson(from).Resources;
  return Object.fromEntries(Object.entries(resources).filter(([, r]) => r.Type === type)) as Record<string, CfnResource<P>>;
}

/** The one resource of type `type` as `[logicalId, resource]`; throws unless there is exactly one. */
export function onlyResourceOfType<P = Record<string, unknown>>(from: Stack | Template | CfnTemplate, type: string): [string, CfnResource<P>] {
  const entries = Object.entries(resourcesOfType<P>(from, type));
  if (entries.length !== 1) {
    throw new Error(`expected exactly one ${type}, found ${entries.length}: ${entries.map(([id]) => id).join(', ')}`);
  }
  return entries[0];
}

/** The properties of a resource; throws if it has none, so a test never reads a missing object. */
export function propertiesOf<P>(resource: CfnResource<P>): P {
  if (resource.Properties === undefined) throw new Error(`${resource.Type} has no Properties`);
  return resource.Properties;
}

/** Parses JSON text; the result is `Json`, to be narrowed by the caller. */
export function parseJson(text: string): Json {
  return JSON.parse(text) as Json;
}

/** Reads and parses a JSON file. */
export function readJsonFile(file: string): Json {
  return parseJson(fs.readFileSync(file, 'utf8'));
}

/** Reads a synthesized template file (`<stack>.template.json` of a cloud assembly). */
export function readTemplateFile(file: string): CfnTemplate {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CfnTemplate;
}

/** A value as CloudFormation delivers a custom resource's properties: every number and boolean a string. */
export type Stringified<T> = T extends number | boolean ? string
  : T extends Array<infer U> ? Array<Stringified<U>>
    : T extends object ? { [K in keyof T]: Stringified<T[K]> } : T;

/** A value that may be one item or a list of them (IAM's Action and Resource, DependsOn), as a list. */
export function asList<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
