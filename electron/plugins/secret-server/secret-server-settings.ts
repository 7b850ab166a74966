import type { SettingField, SettingsValues } from '../../../shared/plugin/settings-schema';

/**
 * The settings of the Secret Server plugin: keys, labels and meaning follow the vendor's
 * settings table for the Thycotic Secret Server plugin of the ECM, so an admin who knows that
 * screen finds every field where they expect it.
 */
/** Secret template field names: letters, digits, spaces and a few marks; never markup. */
const FIELD_NAME = {
  pattern: "[A-Za-z0-9 _.\\-']{1,100}",
  patternMessage: 'A field name holds letters, digits, spaces and . _ - only.',
};

/**
 * Names sent inside Secret Server's SOAP messages: never markup or control characters. node-soap
 * passes a value of the form <![CDATA[...]]> into the message unescaped, so < and > (which make
 * up those markers) are refused here, and again by the transport for every value it sends.
 */
function noMarkup(label: string) {
  return {
    pattern: '[^<>\\u0000-\\u001f\\u007f-\\u009f]*',
    patternMessage: `${label} cannot contain < or > or control characters. Type the name exactly as Secret Server shows it.`,
  };
}

export const SECRET_SERVER_SETTINGS: SettingField[] = [
  {
    key: 'endpointUrl',
    label: 'Endpoint URL',
    type: 'string',
    required: true,
    description:
      'The full URL to the Secret Server web services (SSWebService.asmx), starting with https://. An http:// URL is refused unless "Allow unencrypted HTTP" is on.',
    placeholder: 'https://secretserver.corp.example/SecretServer/webservices/SSWebservice.asmx',
    guardsSecrets: true,
    validation: {
      // No user:password@ in the authority: a password in the URL would be logged and stored in clear.
      pattern: '^https?://[^/\\s?#@<>]+/[^\\s?#<>]*\\.asmx$',
      patternFlags: 'i',
      patternMessage:
        'Endpoint URL must be an absolute http(s) URL ending in .asmx, e.g. https://<host>/SecretServer/webservices/SSWebservice.asmx.',
      onlyWhenOn: {
        pattern: '^http:',
        patternFlags: 'i',
        setting: 'allowUnencryptedHttp',
        message:
          'Endpoint URL starts with http://, which would send the API password and tokens unencrypted. Use the https:// address of Secret Server, or, only for a test server without TLS, turn on "Allow unencrypted HTTP (not recommended)".',
      },
    },
  },
  {
    key: 'allowUnencryptedHttp',
    label: 'Allow unencrypted HTTP (not recommended)',
    type: 'boolean',
    default: false,
    // Where the password may go: turning it on must not send a password saved for https in clear.
    guardsSecrets: true,
    description:
      'Accept an Endpoint URL starting with http://. The API password, tokens and retrieved passwords then cross the network in clear. Only for a test Secret Server without TLS.',
  },
  {
    key: 'apiUser',
    label: 'API User',
    type: 'string',
    required: true,
    description:
      'Username of the API account created in Secret Server. It needs the "Web Services Impersonate" role permission.',
    validation: noMarkup('API User'),
  },
  {
    key: 'apiPassword',
    label: 'API Password',
    type: 'secret',
    required: true,
    description: 'Password of the API account. Sealed at rest by the operating system; never shown again.',
  },
  {
    key: 'apiDomain',
    label: 'API Domain',
    type: 'string',
    description:
      'Domain of the API account. Used only if the API account is not a local Secret Server user; leave empty for a local account.',
    validation: noMarkup('API Domain'),
  },
  {
    key: 'apiOrganization',
    label: 'API Organization',
    type: 'string',
    description:
      'Organization of the API account. Not typically used: leave empty for an installed Secret Server; Secret Server Online uses an organization code.',
    validation: noMarkup('API Organization'),
  },
  {
    key: 'includeDomainCredentialsFor',
    label: 'Include domain credentials for',
    type: 'list',
    description:
      'Besides the machine-specific credentials for the endpoint, also list domain credentials whose domain field (below) matches one of these domains.',
    placeholder: 'CORP',
    validation: {
      pattern: '^[A-Za-z0-9][A-Za-z0-9.\\-_]{0,254}$',
      patternMessage: 'Each domain is a NetBIOS or DNS domain name, e.g. CORP or corp.example.com.',
    },
  },
  {
    key: 'domainField',
    label: 'Domain Field',
    type: 'string',
    required: true,
    default: 'Domain',
    validation: FIELD_NAME,
    description:
      'Secret field holding domain names on domain secrets. Leave the default Domain unless your organization stores this in another field.',
  },
  {
    key: 'machineField',
    label: 'Machine Field',
    type: 'string',
    required: true,
    default: 'Machine',
    validation: FIELD_NAME,
    description:
      'Secret field holding machine names on machine-specific secrets. Leave the default Machine unless your organization stores this in another field.',
  },
  {
    key: 'defaultDomainForLocalUsers',
    label: 'Default Domain for Local Bomgar Users',
    type: 'string',
    description:
      'When set, a gateway user given without a domain is first looked up in Secret Server as a user of this domain. Needed when gateway users are local but their Secret Server accounts are domain accounts with the same user name.',
    validation: noMarkup('Default Domain for Local Bomgar Users'),
  },
  {
    key: 'fallbackToLocalAccount',
    label: 'Enable fallback to local account if domain account not found',
    type: 'boolean',
    default: false,
    description:
      'When the domain user cannot be found (and no approval is pending), try again as a local Secret Server user with the same user name.',
  },
  {
    key: 'includeDefaultOrganization',
    label: 'Include default organization',
    type: 'boolean',
    default: false,
    description: 'When enabled, the API Organization is also used when looking up the Secret Server user being tested.',
  },
  {
    key: 'caCertificate',
    label: 'Trusted CA certificate (PEM)',
    type: 'multiline',
    guardsSecrets: true,
    description:
      "The CA certificate(s) that issued the Secret Server's TLS certificate, in PEM. Leave empty to trust the system's certificate store. Certificates are always verified.",
    placeholder: '-----BEGIN CERTIFICATE-----',
    validation: {
      pattern: '^\\s*-----BEGIN CERTIFICATE-----[\\s\\S]+-----END CERTIFICATE-----\\s*$',
      patternMessage: 'Paste one or more PEM certificates (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).',
    },
  },
  {
    key: 'timeoutSeconds',
    label: 'Request timeout (s)',
    type: 'number',
    default: 30,
    description: 'How long to wait for each answer from Secret Server.',
    validation: { integer: true, min: 1, max: 600 },
  },
];

export interface SecretServerSettings {
  endpointUrl: string;
  allowUnencryptedHttp: boolean;
  apiUser: string;
  apiPassword: string;
  apiDomain: string;
  apiOrganization: string;
  includeDomainCredentialsFor: string[];
  domainField: string;
  machineField: string;
  defaultDomainForLocalUsers: string;
  fallbackToLocalAccount: boolean;
  includeDefaultOrganization: boolean;
  caCertificate: string;
  timeoutSeconds: number;
}

/** The core has validated the values against the fields above; this only gives them types. */
export function toSecretServerSettings(values: SettingsValues): SecretServerSettings {
  const text = (key: string) => String(values[key] ?? '').trim();
  return {
    endpointUrl: text('endpointUrl'),
    allowUnencryptedHttp: values.allowUnencryptedHttp === true,
    apiUser: text('apiUser'),
    apiPassword: String(values.apiPassword ?? ''),
    apiDomain: text('apiDomain'),
    apiOrganization: text('apiOrganization'),
    includeDomainCredentialsFor: (Array.isArray(values.includeDomainCredentialsFor)
      ? values.includeDomainCredentialsFor
      : []
    )
      .map((d) => d.trim())
      .filter(Boolean),
    domainField: text('domainField') || 'Domain',
    machineField: text('machineField') || 'Machine',
    defaultDomainForLocalUsers: text('defaultDomainForLocalUsers'),
    fallbackToLocalAccount: values.fallbackToLocalAccount === true,
    includeDefaultOrganization: values.includeDefaultOrganization === true,
    caCertificate: String(values.caCertificate ?? '').trim(),
    timeoutSeconds: typeof values.timeoutSeconds === 'number' ? values.timeoutSeconds : 30,
  };
}
