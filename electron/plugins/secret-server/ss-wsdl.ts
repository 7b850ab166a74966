/**
 * The Secret Server SOAP contract this plugin uses: the five operations it calls and their types,
 * with names, element order, occurrence and namespace (`urn:thesecretserver.com`) exactly as in
 * the Secret Server 10.3 WSDL (checked by test/electron/plugins/secret-server/wsdl-conformance.test.ts).
 * Shipped inside the app so a client never downloads the 330 KB WSDL on start. `Secret` leaves out
 * the optional SecretSettings and SecretPermissions, which the plugin does not read.
 * The address below is a placeholder: the client always sets the endpoint from `endpointUrl`.
 */
export const SECRET_SERVER_WSDL = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:thesecretserver.com" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" targetNamespace="urn:thesecretserver.com" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">
  <wsdl:types>
    <s:schema elementFormDefault="qualified" targetNamespace="urn:thesecretserver.com">
      <s:element name="Authenticate">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="username" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="password" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="organization" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="domain" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuthenticateResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuthenticateResult" type="tns:AuthenticateResult" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ImpersonateUser">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="token" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="username" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="organization" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="domain" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ImpersonateUserResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ImpersonateUserResult" type="tns:ImpersonateResult" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SearchSecretsByFieldValue">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="token" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="fieldName" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="searchTerm" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="showDeleted" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="showRestricted" type="s:boolean" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SearchSecretsByFieldValueResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="SearchSecretsByFieldValueResult" type="tns:SearchSecretsResult" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetSecret">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="token" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="secretId" type="s:int" />
            <s:element minOccurs="1" maxOccurs="1" name="loadSettingsAndPermissions" nillable="true" type="s:boolean" />
            <s:element minOccurs="0" maxOccurs="1" name="codeResponses" type="tns:ArrayOfCodeResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetSecretResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetSecretResult" type="tns:GetSecretResult" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetTokenIsValid">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="token" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetTokenIsValidResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetTokenIsValidResult" type="tns:TokenIsValidResult" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="AuthenticateResult">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Errors" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="Token" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ImpersonateResult">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Errors" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="Token" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="AuthorizeURL" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfString">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="string" nillable="true" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="SearchSecretsResult">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Errors" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="SecretSummaries" type="tns:ArrayOfSecretSummary" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfSecretSummary">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="SecretSummary" nillable="true" type="tns:SecretSummary" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="SecretSummary">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="SecretId" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="SecretName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="SecretTypeName" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="SecretTypeId" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="FolderId" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="IsRestricted" type="s:boolean" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="GetSecretResult">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Errors" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="SecretError" type="tns:SecretError" />
          <s:element minOccurs="0" maxOccurs="1" name="Secret" type="tns:Secret" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfCodeResponse">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="CodeResponse" nillable="true" type="tns:CodeResponse" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="CodeResponse">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="ErrorCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Comment" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="AdditionalComment" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="TicketSystemId" nillable="true" type="s:int" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="SecretError">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="ErrorCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="ErrorMessage" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="AllowsResponse" type="s:boolean" />
          <s:element minOccurs="0" maxOccurs="1" name="CommentTitle" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="AdditionalCommentTitle" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="Secret">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Name" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Items" type="tns:ArrayOfSecretItem" />
          <s:element minOccurs="1" maxOccurs="1" name="Id" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="SecretTypeId" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="FolderId" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="IsWebLauncher" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="CheckOutMinutesRemaining" nillable="true" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="IsCheckedOut" nillable="true" type="s:boolean" />
          <s:element minOccurs="0" maxOccurs="1" name="CheckOutUserDisplayName" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="CheckOutUserId" nillable="true" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="IsOutOfSync" nillable="true" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="IsRestricted" nillable="true" type="s:boolean" />
          <s:element minOccurs="0" maxOccurs="1" name="OutOfSyncReason" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Active" nillable="true" type="s:boolean" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfSecretItem">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="SecretItem" nillable="true" type="tns:SecretItem" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="SecretItem">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Value" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="Id" nillable="true" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="FieldId" nillable="true" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="FieldName" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="IsFile" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="IsNotes" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="IsPassword" type="s:boolean" />
          <s:element minOccurs="0" maxOccurs="1" name="FieldDisplayName" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="TokenIsValidResult">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Errors" type="tns:ArrayOfString" />
          <s:element minOccurs="1" maxOccurs="1" name="MaxOfflineSeconds" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="Version" type="s:string" />
        </s:sequence>
      </s:complexType>
    </s:schema>
  </wsdl:types>
  <wsdl:message name="AuthenticateSoapIn">
    <wsdl:part name="parameters" element="tns:Authenticate" />
  </wsdl:message>
  <wsdl:message name="AuthenticateSoapOut">
    <wsdl:part name="parameters" element="tns:AuthenticateResponse" />
  </wsdl:message>
  <wsdl:message name="ImpersonateUserSoapIn">
    <wsdl:part name="parameters" element="tns:ImpersonateUser" />
  </wsdl:message>
  <wsdl:message name="ImpersonateUserSoapOut">
    <wsdl:part name="parameters" element="tns:ImpersonateUserResponse" />
  </wsdl:message>
  <wsdl:message name="SearchSecretsByFieldValueSoapIn">
    <wsdl:part name="parameters" element="tns:SearchSecretsByFieldValue" />
  </wsdl:message>
  <wsdl:message name="SearchSecretsByFieldValueSoapOut">
    <wsdl:part name="parameters" element="tns:SearchSecretsByFieldValueResponse" />
  </wsdl:message>
  <wsdl:message name="GetSecretSoapIn">
    <wsdl:part name="parameters" element="tns:GetSecret" />
  </wsdl:message>
  <wsdl:message name="GetSecretSoapOut">
    <wsdl:part name="parameters" element="tns:GetSecretResponse" />
  </wsdl:message>
  <wsdl:message name="GetTokenIsValidSoapIn">
    <wsdl:part name="parameters" element="tns:GetTokenIsValid" />
  </wsdl:message>
  <wsdl:message name="GetTokenIsValidSoapOut">
    <wsdl:part name="parameters" element="tns:GetTokenIsValidResponse" />
  </wsdl:message>
  <wsdl:portType name="SSWebServiceSoap">
    <wsdl:operation name="Authenticate">
      <wsdl:input message="tns:AuthenticateSoapIn" />
      <wsdl:output message="tns:AuthenticateSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="ImpersonateUser">
      <wsdl:input message="tns:ImpersonateUserSoapIn" />
      <wsdl:output message="tns:ImpersonateUserSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="SearchSecretsByFieldValue">
      <wsdl:input message="tns:SearchSecretsByFieldValueSoapIn" />
      <wsdl:output message="tns:SearchSecretsByFieldValueSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetSecret">
      <wsdl:input message="tns:GetSecretSoapIn" />
      <wsdl:output message="tns:GetSecretSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetTokenIsValid">
      <wsdl:input message="tns:GetTokenIsValidSoapIn" />
      <wsdl:output message="tns:GetTokenIsValidSoapOut" />
    </wsdl:operation>
  </wsdl:portType>
  <wsdl:binding name="SSWebServiceSoap" type="tns:SSWebServiceSoap">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" />
    <wsdl:operation name="Authenticate">
      <soap:operation soapAction="urn:thesecretserver.com/Authenticate" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="ImpersonateUser">
      <soap:operation soapAction="urn:thesecretserver.com/ImpersonateUser" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SearchSecretsByFieldValue">
      <soap:operation soapAction="urn:thesecretserver.com/SearchSecretsByFieldValue" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetSecret">
      <soap:operation soapAction="urn:thesecretserver.com/GetSecret" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetTokenIsValid">
      <soap:operation soapAction="urn:thesecretserver.com/GetTokenIsValid" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="SSWebService">
    <wsdl:port name="SSWebServiceSoap" binding="tns:SSWebServiceSoap">
      <soap:address location="http://localhost/SecretServer/webservices/SSWebService.asmx" />
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>
`;

export const SECRET_SERVER_OPERATIONS = ['Authenticate', 'ImpersonateUser', 'SearchSecretsByFieldValue', 'GetSecret', 'GetTokenIsValid'] as const;
