#!/usr/bin/env node
// The example app: one Pinpoint project, one segment the stack creates, and one existing segment
// it adopts (bin/example-stack.ts). `npm start` synthesizes it and rehearses every segment's
// lifecycle offline.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EXAMPLE_STACK_ID, ExampleStack } from './example-stack';

const app = new App();
new ExampleStack(app, EXAMPLE_STACK_ID);
// cdk-nag v3 runs as a policy validation plugin: an unacknowledged finding fails `cdk synth`. The
// stack's few acknowledgements, each for one finding with its reason, are in bin/example-stack.ts.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
