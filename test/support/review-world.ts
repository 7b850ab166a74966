import type { SsWorld } from '../simulators/secret-server';
import { API_PASSWORD, API_USER, testWorld } from './secret-server-world';

/** First names for the review's users: CORP\<name>. */
const NAMES = [
  'amelia',
  'bruno',
  'chloe',
  'dmitri',
  'esther',
  'farid',
  'greta',
  'hiro',
  'ines',
  'jonas',
  'kofi',
  'lena',
  'marco',
  'nadia',
  'oscar',
  'priya',
  'quentin',
  'rosa',
  'stefan',
  'tara',
  'umar',
  'vera',
  'wim',
  'yusuf',
];

export const REVIEW_USERS = NAMES.map((n) => `CORP\\${n}`);
export const REVIEW_ENDPOINTS = [
  'web01',
  'web02',
  'web03',
  'app01',
  'app02',
  'db01',
  'db02',
  'file01',
  'print01',
  'dc01',
  'jump01',
  'ws07',
  'ws08',
  'ws09',
];
/** Users whose impersonation is still awaiting approval (pending) and who denied it (refused). */
export const PENDING_USERS = ['CORP\\greta', 'CORP\\rosa'];
export const REFUSED_USERS = ['CORP\\kofi'];

/**
 * The test world plus 24 users and 14 endpoints with a realistic mix: most users see one to three
 * admin accounts on some endpoints and none on others; two await approval, one denied it.
 */
export function reviewWorld(): SsWorld {
  const world = testWorld();
  let id = 100;
  for (const name of NAMES) world.users.push({ username: name, domain: 'CORP', password: 'x' });
  REVIEW_ENDPOINTS.forEach((endpoint, e) => {
    for (let k = 0; k < 1 + (e % 3); k++) {
      const viewers = REVIEW_USERS.filter((_, u) => (u * 7 + e * 3 + k) % (3 + k) !== 0);
      world.secrets.push({
        id: id++,
        name: `${endpoint} ${['local admin', 'service', 'backup'][k]}`,
        templateName: 'Windows Account',
        templateId: 6003,
        fields: { Machine: endpoint, Username: `adm${k}`, Password: `Review-Secret-${id}-Pass`, Notes: '' },
        viewers,
      });
    }
  });
  for (const user of REVIEW_USERS) {
    if (PENDING_USERS.includes(user)) continue;
    world.approvals!.push({ apiUser: API_USER, user, state: REFUSED_USERS.includes(user) ? 'denied' : 'approved' });
  }
  return world;
}

/** Saved settings of the Secret Server plugin pointing at the simulator (plain http, as in tests). */
export function reviewSettings(url: string) {
  return { endpointUrl: url, allowUnencryptedHttp: true, apiUser: API_USER, apiPassword: API_PASSWORD };
}
