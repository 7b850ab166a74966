import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld, DEMO_API_ACCOUNT, startSecretServerSimulator, type SecretServerSimulator } from './index';
import { childElementNames, postSoap } from './test-clients';

// What goes over the wire, checked as text: the WSDL endpoint and the ASMX response format.
describe('Secret Server simulator: wire format', () => {
  let sim: SecretServerSimulator;
  let aliceToken: string;

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: demoWorld() });
    const apiLogin = await postSoap(
      sim.url,
      'Authenticate',
      `<username>${DEMO_API_ACCOUNT.username}</username><password>${DEMO_API_ACCOUNT.password}</password><organization></organization><domain></domain>`,
    );
    const apiToken = /<Token>([^<]+)<\/Token>/.exec(apiLogin.body)?.[1] ?? '';
    const impersonated = await postSoap(
      sim.url,
      'ImpersonateUser',
      `<token>${apiToken}</token><username>alice</username><organization></organization><domain>CORP</domain>`,
    );
    aliceToken = /<Token>([^<]+)<\/Token>/.exec(impersonated.body)?.[1] ?? '';
    expect(aliceToken).not.toBe('');
  });

  afterAll(async () => {
    await sim.close();
  });

  describe('WSDL', () => {
    it('serves the project WSDL at ?WSDL with soap:address rewritten to the simulator', async () => {
      const response = await fetch(`${sim.url}?WSDL`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
      const wsdl = await response.text();
      expect(wsdl).toContain(`<soap:address location="${sim.url}" />`);
      expect(wsdl).not.toContain('http://localhost/SecretServer');
      expect(wsdl).toContain('targetNamespace="urn:thesecretserver.com"');
    });

    it('also answers ?wsdl and a differently-cased path, as IIS does', async () => {
      const response = await fetch(`${sim.origin}/secretserver/WebServices/sswebservice.asmx?wsdl`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<wsdl:definitions');
    });

    it('fails ?WSDL= with HTTP 500 (the documented ASMX quirk)', async () => {
      const response = await fetch(`${sim.url}?WSDL=`);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain('500 - Internal server error.');
    });

    it('shows the service help page for a plain GET and 404 for other paths', async () => {
      const help = await fetch(sim.url);
      expect(help.status).toBe(200);
      expect(await help.text()).toContain('SSWebService');
      const missing = await fetch(`${sim.origin}/SecretServer/webservices/Nope.asmx`);
      expect(missing.status).toBe(404);
      await missing.text();
    });
  });

  describe('SOAP responses', () => {
    it('declares soap, xsi and xsd on the Envelope and answers in urn:thesecretserver.com', async () => {
      const answer = await postSoap(sim.url, 'GetTokenIsValid', `<token>${aliceToken}</token>`);
      expect(answer.status).toBe(200);
      expect(answer.contentType).toBe('text/xml; charset=utf-8');
      expect(answer.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>/);
      expect(answer.body).toContain(
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
      );
      expect(answer.body).toContain(
        '<soap:Body><GetTokenIsValidResponse xmlns="urn:thesecretserver.com"><GetTokenIsValidResult><Errors /><MaxOfflineSeconds>0</MaxOfflineSeconds><Version>10.3.000015</Version></GetTokenIsValidResult></GetTokenIsValidResponse></soap:Body>',
      );
    });

    it('writes errors as <Errors><string>…</string></Errors> and leaves the Token out', async () => {
      const answer = await postSoap(
        sim.url,
        'Authenticate',
        '<username>alice</username><password>wrong</password><organization></organization><domain>CORP</domain>',
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toContain(
        '<AuthenticateResult><Errors><string>Login failed.</string></Errors></AuthenticateResult>',
      );
    });

    it('writes SecretSummary children in schema order, and an empty <SecretSummaries /> for no match', async () => {
      const found = await postSoap(
        sim.url,
        'SearchSecretsByFieldValue',
        `<token>${aliceToken}</token><fieldName>Machine</fieldName><searchTerm>ws02</searchTerm><showDeleted>false</showDeleted><showRestricted>false</showRestricted>`,
      );
      expect(childElementNames(found.body, 'SearchSecretsByFieldValueResult')).toEqual(['Errors', 'SecretSummaries']);
      expect(childElementNames(found.body, 'SecretSummary')).toEqual([
        'SecretId',
        'SecretName',
        'SecretTypeName',
        'SecretTypeId',
        'FolderId',
        'IsRestricted',
      ]);
      expect(found.body).toContain(
        '<SecretSummary><SecretId>102</SecretId><SecretName>ws02\\Administrator</SecretName><SecretTypeName>Windows Account</SecretTypeName><SecretTypeId>6003</SecretTypeId><FolderId>2</FolderId><IsRestricted>false</IsRestricted></SecretSummary>',
      );

      const none = await postSoap(
        sim.url,
        'SearchSecretsByFieldValue',
        `<token>${aliceToken}</token><fieldName>Machine</fieldName><searchTerm>nowhere</searchTerm><showDeleted>false</showDeleted><showRestricted>false</showRestricted>`,
      );
      expect(none.body).toContain(
        '<SearchSecretsByFieldValueResult><Errors /><SecretSummaries /></SearchSecretsByFieldValueResult>',
      );
    });

    it('writes a Secret in schema order with xsi:nil for null nillable values and omitted optional strings', async () => {
      const answer = await postSoap(
        sim.url,
        'GetSecret',
        `<token>${aliceToken}</token><secretId>104</secretId><loadSettingsAndPermissions>false</loadSettingsAndPermissions>`,
      );
      expect(childElementNames(answer.body, 'GetSecretResult')).toEqual(['Errors', 'Secret']);
      expect(childElementNames(answer.body, 'Secret')).toEqual([
        'Name',
        'Items',
        'Id',
        'SecretTypeId',
        'FolderId',
        'IsWebLauncher',
        'CheckOutMinutesRemaining',
        'IsCheckedOut',
        'CheckOutUserId',
        'IsOutOfSync',
        'IsRestricted',
        'Active',
      ]);
      expect(childElementNames(answer.body, 'SecretItem')).toEqual([
        'Value',
        'Id',
        'FieldId',
        'FieldName',
        'IsFile',
        'IsNotes',
        'IsPassword',
        'FieldDisplayName',
      ]);
      expect(answer.body).toContain(
        '<FolderId>-1</FolderId><IsWebLauncher>false</IsWebLauncher><CheckOutMinutesRemaining xsi:nil="true" /><IsCheckedOut>false</IsCheckedOut><CheckOutUserId xsi:nil="true" />',
      );
      expect(answer.body).toContain('<Value>Ten-0-0-15-Passw0rd!</Value>');
      // the Notes value is '' -> an empty element, not a missing one
      expect(answer.body).toContain(
        '<SecretItem><Value /><Id>10404</Id><FieldId>600304</FieldId><FieldName>Notes</FieldName><IsFile>false</IsFile><IsNotes>true</IsNotes>',
      );
    });

    it('writes SecretError in schema order next to the error', async () => {
      const answer = await postSoap(
        sim.url,
        'GetSecret',
        `<token>${aliceToken}</token><secretId>203</secretId><loadSettingsAndPermissions>false</loadSettingsAndPermissions>`,
      );
      expect(childElementNames(answer.body, 'GetSecretResult')).toEqual(['Errors', 'SecretError']);
      expect(answer.body).toContain(
        '<SecretError><ErrorCode>COMMENT</ErrorCode><ErrorMessage>A comment is required to view this Secret.</ErrorMessage><AllowsResponse>true</AllowsResponse><CommentTitle>Comment</CommentTitle><AdditionalCommentTitle /></SecretError>',
      );
    });

    it('escapes XML special characters in values', async () => {
      sim.world.secrets.push({
        id: 999,
        name: 'odd',
        templateName: 'Windows Account',
        templateId: 6003,
        fields: { Machine: 'odd', Password: 'a<b>&"c\'' },
        viewers: ['CORP\\alice'],
      });
      const answer = await postSoap(
        sim.url,
        'GetSecret',
        `<token>${aliceToken}</token><secretId>999</secretId><loadSettingsAndPermissions>false</loadSettingsAndPermissions>`,
      );
      expect(answer.body).toMatch(/<Value>a&lt;b&gt;&amp;(&quot;|")c(&apos;|')<\/Value>/);
    });

    it('answers an unknown SOAPAction and an unreadable argument with ASMX-style soap:Client faults', async () => {
      const unknown = await postSoap(sim.url, 'WhoAmI', '<token>x</token>');
      expect(unknown.status).toBe(500);
      expect(unknown.body).toContain('<faultcode>soap:Client</faultcode>');
      expect(unknown.body).toContain(
        'Server did not recognize the value of HTTP Header SOAPAction: urn:thesecretserver.com/WhoAmI.',
      );

      const badInt = await postSoap(
        sim.url,
        'GetSecret',
        `<token>${aliceToken}</token><secretId>abc</secretId><loadSettingsAndPermissions>false</loadSettingsAndPermissions>`,
      );
      expect(badInt.status).toBe(500);
      expect(badInt.body).toContain('<faultcode>soap:Client</faultcode>');
    });
  });
});
