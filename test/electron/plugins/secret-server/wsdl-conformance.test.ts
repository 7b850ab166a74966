import { readFileSync } from 'node:fs';
import * as soap from 'soap';
import { describe, expect, it } from 'vitest';
import { SECRET_SERVER_OPERATIONS, SECRET_SERVER_WSDL } from '../../../../electron/plugins/secret-server/ss-wsdl';

// The project's WSDL against the real, public Secret Server 10.3 WSDL (SSWebService.asmx?WSDL of a
// 10.3 server), kept unchanged as a test fixture.
const REAL_WSDL_PATH = new URL('../../../fixtures/secret-server/secret-server-10.3.wsdl', import.meta.url);
const NS = 'urn:thesecretserver.com';
/** Elements our WSDL leaves out on purpose (optional, and never read by the plugin). */
const ALLOWED_OMISSIONS: Record<string, string[]> = { Secret: ['SecretSettings', 'SecretPermissions'] };

type Node = {
  $name?: string;
  $type?: string;
  $minOccurs?: string;
  $maxOccurs?: string;
  $nillable?: string;
  children: Node[];
};
type Definitions = {
  $targetNamespace: string;
  schemas: Record<
    string,
    { $elementFormDefault: string; complexTypes: Record<string, Node>; elements: Record<string, Node> }
  >;
  bindings: Record<string, { style?: string; methods: Record<string, { soapAction: string; style?: string }> }>;
  portTypes: Record<string, { methods: Record<string, unknown> }>;
  messages: Record<string, { element?: { $name?: string } }>;
};

function parse(xml: string): Promise<Definitions> {
  return new Promise((resolve, reject) => {
    const wsdl = new soap.WSDL(xml, 'urn:conformance', {});
    wsdl.onReady((err) => (err ? reject(err) : resolve(wsdl.definitions as unknown as Definitions)));
  });
}

/** The sequence of a complexType (or of an element's anonymous complexType) as comparable rows. */
function sequence(node: Node): string[] {
  const complex = node.children.find((c) => c.constructor.name === 'ComplexTypeElement') ?? node;
  const seq = complex.children.find((c) => c.constructor.name === 'SequenceElement');
  return (seq?.children ?? []).map(
    (c) => `${c.$name}:${c.$type}:${c.$minOccurs ?? '1'}..${c.$maxOccurs ?? '1'}:nillable=${c.$nillable ?? 'false'}`,
  );
}

describe('the embedded Secret Server WSDL conforms to the real 10.3 WSDL', async () => {
  const ours = await parse(SECRET_SERVER_WSDL);
  const real = await parse(readFileSync(REAL_WSDL_PATH, 'utf8'));
  const ourSchema = ours.schemas[NS]!;
  const realSchema = real.schemas[NS]!;

  it('uses the namespace urn:thesecretserver.com with qualified elements', () => {
    expect(ours.$targetNamespace).toBe(NS);
    expect(ourSchema.$elementFormDefault).toBe(realSchema.$elementFormDefault);
  });

  it('declares every operation the plugin calls, with the real SOAPAction and document style', () => {
    const ourMethods = ours.bindings.SSWebServiceSoap!.methods;
    expect(Object.keys(ourMethods).sort()).toEqual([...SECRET_SERVER_OPERATIONS].sort());
    for (const op of SECRET_SERVER_OPERATIONS) {
      const realMethod = real.bindings.SSWebServiceSoap!.methods[op];
      expect(realMethod, op).toBeDefined();
      expect(ourMethods[op]!.soapAction).toBe(realMethod!.soapAction);
      expect(ourMethods[op]!.soapAction).toBe(`urn:thesecretserver.com/${op}`);
      expect(ourMethods[op]!.style ?? ours.bindings.SSWebServiceSoap!.style).toBe('document');
      expect(Object.keys(ours.portTypes.SSWebServiceSoap!.methods)).toContain(op);
      for (const suffix of ['SoapIn', 'SoapOut']) {
        expect(ours.messages[`${op}${suffix}`]?.element?.$name, `${op}${suffix}`).toBe(
          real.messages[`${op}${suffix}`]?.element?.$name,
        );
      }
    }
  });

  it('gives every request and response element the real children, in the real order', () => {
    const names = Object.keys(ourSchema.elements);
    expect(names.length).toBe(SECRET_SERVER_OPERATIONS.length * 2);
    for (const name of names) {
      expect(realSchema.elements[name], name).toBeDefined();
      expect(sequence(ourSchema.elements[name]!), name).toEqual(sequence(realSchema.elements[name]!));
      if (name !== 'VersionGet') expect(sequence(ourSchema.elements[name]!).length, name).toBeGreaterThan(0);
    }
  });

  it('gives every complex type the real elements and order, leaving out only the listed optional ones', () => {
    for (const [name, type] of Object.entries(ourSchema.complexTypes)) {
      const realType = realSchema.complexTypes[name];
      expect(realType, name).toBeDefined();
      const omitted = ALLOWED_OMISSIONS[name] ?? [];
      const expected = sequence(realType!).filter((row) => !omitted.includes(row.split(':')[0]!));
      expect(sequence(type), name).toEqual(expected);
      expect(expected.length, name).toBeGreaterThan(0);
      for (const o of omitted)
        expect(
          sequence(realType!).find((r) => r.startsWith(`${o}:`)),
          `${name}.${o}`,
        ).toMatch(/:0\.\.1:/);
    }
  });

  it('is far smaller than the real WSDL', () => {
    expect(SECRET_SERVER_WSDL.length).toBeLessThan(readFileSync(REAL_WSDL_PATH, 'utf8').length / 10);
  });
});
