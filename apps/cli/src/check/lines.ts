/**
 * The lines of a text stream, split on LF only, with one trailing CR removed from each (so CRLF
 * files work) and a byte-order mark dropped from the first; a CR anywhere else stays part of its
 * line, unlike readline, which also splits there. Reads one chunk at a time, so memory stays
 * bounded by the longest line.
 */
export async function* splitLines(input: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  let first = true;
  for await (const chunk of input) {
    rest += chunk;
    if (first && rest.length > 0) {
      if (rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
      first = false;
    }
    let start = 0;
    for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
      yield stripCr(rest.slice(start, end));
      start = end + 1;
    }
    rest = rest.slice(start);
  }
  if (rest !== '') yield stripCr(rest);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
