/**
 * TPAM's help texts (`<Command> --help`, and what it prints for a command line it does not
 * accept). ListSystems' text is verbatim from TPAM's published help, trailing spaces
 * included; the others are laid out the same way with the options known from the SPS plugin —
 * their exact wording is not documented.
 */

export interface OptionSpec {
  name: string;
  description: string;
  required?: boolean;
}

export interface CommandSpec {
  name: string;
  synopsis: string;
  options: OptionSpec[];
  /** Verbatim help, when known; otherwise built from the options. */
  verbatimUsage?: string;
}

const PREAMBLE = [
  'Options may be specified in any order.  Option values which accept more than',
  'one word, i.e., --Description, must surround the value with double quotes',
  'Option Names are not case sensitive and may be abbreviated to uniqueness',
];

const LIST_SYSTEMS_USAGE = [
  'Usage: ListSystems --System sysname [options...]',
  '',
  ...PREAMBLE,
  '',
  '                  Req/                                                         ',
  'Option Name       Opt  Description                                             ',
  '================= ==== ========================================================',
  '--SystemName      Opt  System Name to filter.  Use * for wildcard.',
  '--NetworkAddress  Opt  Network Address to filter.  Use * for wildcard.',
  '--CollectionName  Opt  Collection Name for membership to filter.  Use * for',
  '                       wildcard.',
  '--Platform        Opt  Name of specific platform to filter or All (default).',
  '                       See the documentation for a list of supported values.',
  '                       Use "Custom/customPlatName" for a custom platform.',
  '--AutoFlag        Opt  Y/N or All for all systems regardless of automation.',
  '--SortOrder       Opt  One of SystemName (default), NetworkAddress,',
  '                       PlatformName.',
  '--MaxRows         Opt  Maximum number of rows to return.  Default=25',
  '--Help            Opt  Print this help message and exit                        ',
  '',
  'Legacy Support only for the following values:',
  'ListSystems [SystemName (* for wildcard)],[ParentName (obsolete - ignored)],',
  '[NetworkAddress (* for wildcard)],[CollectionName (* for wildcard)],',
  '[Platform (All| (see Supported platform list)) default=All],',
  '[SysAutoFl (All|Y|N) default=All],',
  '[Sort (SystemName|NetworkAddress|PlatformName) default=SystemName],',
  '[MaxRows Default=25]',
].join('\r\n');

const HELP: OptionSpec = { name: 'Help', description: 'Print this help message and exit' };
const MAX_ROWS: OptionSpec = { name: 'MaxRows', description: 'Maximum number of rows to return.  Default=25' };

export const COMMAND_SPECS: readonly CommandSpec[] = [
  {
    name: 'ListSystems',
    synopsis: '--System sysname [options...]',
    options: [
      { name: 'SystemName', description: 'System Name to filter.  Use * for wildcard.' },
      { name: 'NetworkAddress', description: 'Network Address to filter.  Use * for wildcard.' },
      { name: 'CollectionName', description: 'Collection Name for membership to filter.' },
      { name: 'Platform', description: 'Name of specific platform to filter or All (default).' },
      { name: 'AutoFlag', description: 'Y/N or All for all systems regardless of automation.' },
      { name: 'SortOrder', description: 'One of SystemName (default), NetworkAddress, PlatformName.' },
      MAX_ROWS,
      HELP,
    ],
    verbatimUsage: LIST_SYSTEMS_USAGE,
  },
  {
    name: 'ListAccounts',
    synopsis: '[options...]',
    options: [
      { name: 'SystemName', description: 'System Name to filter.  Use * for wildcard.' },
      { name: 'AccountName', description: 'Account Name to filter.  Use * for wildcard.' },
      MAX_ROWS,
      HELP,
    ],
  },
  {
    name: 'ListUsers',
    synopsis: '[options...]',
    options: [{ name: 'UserName', description: 'User Name to filter.  Use * for wildcard.' }, MAX_ROWS, HELP],
  },
  {
    name: 'ListAssignedPolicies',
    synopsis: '[options...]',
    options: [
      { name: 'UserName', description: 'User Name to filter.' },
      { name: 'SystemName', description: 'System Name to filter.' },
      { name: 'AccountName', description: 'Account Name to filter.' },
      { name: 'AllOrEffectiveFlag', description: 'A for all assigned policies (default) or E for effective ones.' },
      { name: 'PermissionType', description: 'Permission type to filter, e.g. Pwd.' },
      MAX_ROWS,
      HELP,
    ],
  },
  {
    name: 'ListRequestDetails',
    synopsis: '[options...]',
    options: [
      { name: 'RequestID', description: 'Request ID to filter.' },
      { name: 'RequestorName', description: 'Requestor Name to filter.' },
      { name: 'SystemName', description: 'System Name to filter.' },
      { name: 'AccountName', description: 'Account Name to filter.' },
      { name: 'Status', description: 'One of All, Pending, Active, Current, Open.' },
      MAX_ROWS,
      HELP,
    ],
  },
  {
    name: 'Retrieve',
    synopsis: '--SystemName sysname --AccountName acctname [options...] | --RequestID id',
    options: [
      { name: 'SystemName', description: 'System Name of the account.', required: true },
      { name: 'AccountName', description: 'Account Name.', required: true },
      { name: 'ReasonText', description: 'Reason for the retrieval.' },
      { name: 'TicketSystemName', description: 'Ticket System Name, when a ticket is required.' },
      { name: 'TicketNumber', description: 'Ticket Number, when a ticket is required.' },
      { name: 'RequestID', description: 'Retrieve the password of an approved request.' },
      HELP,
    ],
  },
];

export function findCommandSpec(name: string): CommandSpec | undefined {
  return COMMAND_SPECS.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

/** The help text, CRLF-separated, without a final line end. */
export function usageText(spec: CommandSpec): string {
  if (spec.verbatimUsage) return spec.verbatimUsage;
  const lines = [
    `Usage: ${spec.name} ${spec.synopsis}`,
    '',
    ...PREAMBLE,
    '',
    '                  Req/',
    'Option Name       Opt  Description',
    '================= ==== ========================================================',
    ...spec.options.map((o) => `${`--${o.name}`.padEnd(17)} ${o.required ? 'Req' : 'Opt'}  ${o.description}`),
  ];
  return lines.join('\r\n');
}
