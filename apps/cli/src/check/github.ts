/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), escaped as the
 * runner unescapes them (actions/toolkit, packages/core/src/command.ts): in the message `%`, CR
 * and LF; in property values also `:` and `,`, which would otherwise end the value.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line, properties in the order given. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Readonly<Record<string, string | number>>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${list === '' ? '' : ` ${list}`}::${escapeData(message)}\n`;
}
