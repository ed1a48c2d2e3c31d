/**
 * The `pinpoint-segment` executable (scripts/bundle.js bundles it into
 * assets/cli/pinpoint-segment.js): runs the CLI and exits with its code once standard output has
 * drained, so that open sockets cannot keep the process alive.
 */
import { errorSummary } from '../../lambda/errors';
import { main } from './main';

// The SDK's notice that its 2027 releases need Node 22 is not this command's output: on Node 20 it
// would add seven lines to every run (set the variable to "false" to see it).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// A closed pipe (`pinpoint-segment drift ... | head`) ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    process.stdout.write('', () => process.exit(code));
  },
  (error) => {
    process.stderr.write(`pinpoint-segment: ${errorSummary(error)}\n`);
    process.exit(2);
  },
);
