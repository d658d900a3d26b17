/**
 * The simulator's fixed credentials: gateway keys of each dialect, OAuth clients, payment secrets
 * and the test users of the login page. All made up; documented in `docs/dialects.md`.
 */

/** A natural person among the simulator's test users. */
export interface SimulatorPerson {
  /** Login name. */
  readonly username: string;
  /** Password. */
  readonly password: string;
  /** A natural person. */
  readonly kind: 'person';
  /** Real name. */
  readonly name: string;
  /** Resident ID number (valid GB 11643 checksum). */
  readonly idNumber: string;
  /** Mobile number. */
  readonly mobile: string;
}

/** An organisation (法人) among the simulator's test users. */
export interface SimulatorOrganization {
  /** Login name. */
  readonly username: string;
  /** Password. */
  readonly password: string;
  /** An organisation. */
  readonly kind: 'organization';
  /** Registered name. */
  readonly name: string;
  /** Unified social credit code (valid GB 32100 checksum). */
  readonly creditCode: string;
  /** Mobile number. */
  readonly mobile: string;
}

/** A user of the simulator's login page (统一身份认证 test accounts). */
export type SimulatorUser = SimulatorPerson | SimulatorOrganization;

/** An OAuth2 client registered with the simulator. */
export interface SimulatorOAuthClient {
  /** `client_id`. */
  readonly clientId: string;
  /** `client_secret`. */
  readonly clientSecret: string;
}

/** An SM2 key pair in hex. */
export interface SimulatorSm2Keys {
  /** 64 hex characters. */
  readonly privateKey: string;
  /** Uncompressed public key, `04…`. */
  readonly publicKey: string;
}

/** The type of {@link SIMULATOR_CREDENTIALS}. */
export interface SimulatorCredentials {
  /** The national dialect (Zhejiang-style HMAC). */
  readonly national: {
    /** `X-BG-HMAC-ACCESS-KEY`. */
    readonly accessKey: string;
    /** The HMAC secret. */
    readonly secret: string;
    /** The OAuth client of its login. */
    readonly oauth: SimulatorOAuthClient;
    /** Key of the `X-Sim-Payment-Signature` HMAC of its payment callbacks. */
    readonly paymentSecret: string;
  };
  /** The guangdong dialect (TIF headers, SM4/SM2 envelopes). */
  readonly guangdong: {
    /** `x-tif-paasid`. */
    readonly paasId: string;
    /** The TIF token. */
    readonly token: string;
    /** The SM4 key of the envelopes, 32 hex characters. */
    readonly sm4Key: string;
    /** The integrator's SM2 pair: requests are signed with its private key. */
    readonly clientKeys: SimulatorSm2Keys;
    /** The province's SM2 pair: responses are signed with its private key. */
    readonly serverKeys: SimulatorSm2Keys;
    /** The OAuth client of its login. */
    readonly oauth: SimulatorOAuthClient;
    /** Key of the `X-Sim-Payment-Signature` HMAC of its payment callbacks. */
    readonly paymentSecret: string;
    /** A captcha accepted again and again (unless the simulator starts with `testCaptcha: false`). */
    readonly testCaptcha: {
      /** Captcha id. */
      readonly id: string;
      /** Its answer. */
      readonly answer: string;
    };
  };
  /** The test users: three people, then one organisation; every password is `Sim@2026`. */
  readonly users: readonly [SimulatorPerson, SimulatorPerson, SimulatorPerson, SimulatorOrganization];
}

/** The users every simulator knows; the password of each is `Sim@2026`. */
const USERS = [
  { username: 'zhangsan', password: 'Sim@2026', kind: 'person', name: '张三', idNumber: '371327198506123014', mobile: '13805390001' },
  { username: 'lisi', password: 'Sim@2026', kind: 'person', name: '李四', idNumber: '371327199203082029', mobile: '13805390002' },
  { username: 'wanglaoshi', password: 'Sim@2026', kind: 'person', name: '王秀英', idNumber: '37132719580101401X', mobile: '13805390003' },
  {
    username: 'junan-food',
    password: 'Sim@2026',
    kind: 'organization',
    name: '莒南县示例食品有限公司',
    creditCode: '91371327MA3C8FD8XF',
    mobile: '13805390004',
  },
] as const satisfies SimulatorCredentials['users'];

/**
 * The credentials of the simulator (fixed, so the demo and docs can print them): the national
 * dialect's Zhejiang-style HMAC access key, the guangdong dialect's TIF paasId/token and 国密 keys
 * (SM4 key, the integrator's and the province's SM2 pairs), OAuth clients, payment-callback
 * secrets, the guangdong test captcha and the test users.
 */
export const SIMULATOR_CREDENTIALS: SimulatorCredentials = {
  national: {
    accessKey: 'sim-national-ak',
    secret: 'sim-national-secret-2026',
    oauth: { clientId: 'sim-national-web', clientSecret: 'sim-national-oauth-secret' },
    paymentSecret: 'sim-national-pay-secret',
  },
  guangdong: {
    paasId: 'sim-guangdong',
    token: 'sim-guangdong-token-2026',
    sm4Key: 'de5652a968fb6deec05a71e1c8840f88',
    clientKeys: {
      privateKey: '57273bdf0e3cb3e67cb18cc8164b453a6be77e8c966b19d5ec29a9443059ee6f',
      publicKey:
        '04a838bc7cbf971a8209547e3d35f54ac1b8e7c3b7c54a0af57e672a2cc1dd1ad7f12f85bec70c0652dba4a35f0ca7f67eb15f80f8b00cad74aa2e5b2ad844f180',
    },
    serverKeys: {
      privateKey: 'b901fa5f1c25add8ac1403fe0dc7598707047c03b03b8121b7a44369758f90ce',
      publicKey:
        '04430c4ab02dd2b71a9780e961f0cd9b38f49921c04dc12bb39f53142a0a39778d5b6ba34163c37d2cb894d89bcffc67437688921c17a0ddb69f5da1dd63d43177',
    },
    oauth: { clientId: 'sim-guangdong-web', clientSecret: 'sim-guangdong-oauth-secret' },
    paymentSecret: 'sim-guangdong-pay-secret',
    testCaptcha: { id: 'SIM-TEST-CAPTCHA', answer: '2026' },
  },
  users: USERS,
};

/** The two dialects the simulator speaks. */
export type DialectName = 'national' | 'guangdong';

/** Every dialect name. */
export const DIALECT_NAMES: readonly DialectName[] = ['national', 'guangdong'];
