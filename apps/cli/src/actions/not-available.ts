import { CliError } from '../errors.js';

/** The error of a command whose package has not landed yet. */
export function notAvailable(command: string, needs: string): CliError {
  return new CliError('not-available', `bp ${command} is not available yet: it needs ${needs}, which this build does not include`, {
    argument: command,
  });
}
