/**
 * What the CLI bundle uses of `aws-cdk-lib`, so that it does not bundle the whole library:
 * `import` runs the construct's own validation and rendering (lib/validation.ts, lib/render.ts)
 * over plain values, where nothing is ever a token. scripts/bundle.js aliases `aws-cdk-lib` to
 * this file for the CLI bundle only; a name missing here fails that build, loudly.
 */

/** Values read from the live service are never unresolved tokens. */
export const Token = {
  // Called with one argument; it never matters which.
  isUnresolved: (): boolean => false,
};

/** The removal policies, with aws-cdk-lib's values. */
export enum RemovalPolicy {
  DESTROY = 'destroy',
  RETAIN = 'retain',
  SNAPSHOT = 'snapshot',
  RETAIN_ON_UPDATE_OR_DELETE = 'retain-on-update-or-delete',
}
