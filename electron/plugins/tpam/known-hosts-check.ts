import ssh2 from 'ssh2';
import { parseKnownHosts } from './known-hosts';

const { utils } = ssh2;

/**
 * Reads `server_public_key` as the SSH connection will (parseKnownHosts) and says, line by line
 * and in plain words, why a line cannot pin a host key. Unlike the connection, which skips a bad
 * line when another one is usable, every bad line is reported: a line that is silently ignored
 * pins nothing, and the admin believes it does.
 */

const SHOWN_PROBLEMS = 3;

/** Problems of a known_hosts text, each a sentence starting with "line N"; empty when every line is usable. */
export function knownHostsProblems(text: string): string[] {
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const { entries, problems: parsed } = parseKnownHosts(line);
    const entry = entries[0];
    if (entry) {
      // The connection compares whole key blobs: one cut short names its type but can never match.
      if (utils.parseKey(`${entry.keyType} ${entry.keyBlob.toString('base64')}`) instanceof Error) {
        problems.push(
          `line ${index + 1} cannot be used: its ${entry.keyType} key is cut short or changed. Copy the whole line again from known_hosts or use Fetch host key.`,
        );
      }
      return;
    }
    problems.push(explain(line, index + 1, parsed[0] ?? ''));
  });
  if (problems.length > SHOWN_PROBLEMS) {
    const more = problems.length - SHOWN_PROBLEMS;
    return [...problems.slice(0, SHOWN_PROBLEMS), `${more} more line${more === 1 ? '' : 's'} cannot be used either.`];
  }
  return problems;
}

function explain(line: string, number: number, parserSays: string): string {
  const fields = line.split(/\s+/);
  const [first = '', second = ''] = fields[0]?.startsWith('@') ? fields.slice(1) : fields;
  if (looksLikeKeyType(first)) {
    return `line ${number} is a public key without the server's address in front. Write the address first, as in known_hosts ('tpam.corp.example ${first} AAAA…'), or use Fetch host key.`;
  }
  if (!looksLikeKeyType(second)) {
    return `line ${number} is not a known_hosts line or a public key ('${shown(line)}'). Paste the line from known_hosts or use Fetch host key.`;
  }
  if (fields[0] === '@cert-authority') {
    return `line ${number} is a @cert-authority line, which is not supported: pin the TPAM host key itself (use Fetch host key).`;
  }
  // A known_hosts line whose parts are wrong: the parser's reason names the part ("line N: …").
  const reason = parserSays.replace(/^line \d+:\s*/, '').replace(/\.$/, '');
  return `line ${number} cannot be used: ${reason}. Copy the whole line again from known_hosts or use Fetch host key.`;
}

function looksLikeKeyType(word: string): boolean {
  return /^(ssh-|ecdsa-|sk-)[a-z0-9@.-]+$/.test(word);
}

/** Public data, but shown short: a pasted file must not fill the form. */
function shown(line: string): string {
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
