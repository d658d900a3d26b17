import { guangdongAdapter, isAdapterError, nationalAdapter, type Adapter } from '@sijitong/adapters';
import { SIMULATOR_CREDENTIALS, startSimulator } from '@sijitong/adapters/simulator';
import { caseStatusLabel, type Locale } from '@sijitong/core';

/**
 * Starts the provincial-system simulator on 127.0.0.1 and looks a case up through both
 * provincial dialects: the national one (Zhejiang-style HMAC) and the Guangdong one (TIF
 * signing, SM4/SM2 envelope, captcha). Shows that a case number alone reveals nothing.
 * Returns the lines to print, so the example is tested as well as run.
 */
export async function renderAdapterDemo(locale: Locale = 'zh-CN'): Promise<string[]> {
  const lines: string[] = [];
  const say = (zh: string, en: string) => lines.push(locale === 'zh-CN' ? zh : en);
  const sim = await startSimulator({ port: 0 });
  try {
    const { national, guangdong } = SIMULATOR_CREDENTIALS;
    const adapters: [string, Adapter][] = [
      ['national', nationalAdapter.create({ baseUrl: `${sim.url}/national`, accessKey: national.accessKey, secretKey: national.secret })],
      [
        'guangdong',
        guangdongAdapter.create({
          baseUrl: `${sim.url}/guangdong`,
          paasId: guangdong.paasId,
          token: guangdong.token,
          sm4Key: guangdong.sm4Key,
          sm2PrivateKey: guangdong.clientKeys.privateKey,
          sm2PublicKey: guangdong.serverKeys.publicKey,
        }),
      ],
    ];
    say(`模拟省级系统已启动：${sim.url}`, `Provincial-system simulator running at ${sim.url}`);
    for (const [dialect, adapter] of adapters) {
      const fixture = sim.fixtures[dialect as 'national' | 'guangdong'].lookup;
      if (fixture === undefined || adapter.cases === undefined) continue;
      const progress = await adapter.cases.lookup({
        caseNumber: fixture.caseNumber,
        verification: { kind: 'applicantName', name: fixture.applicantName },
        ...(fixture.captcha === undefined ? {} : { captcha: fixture.captcha }),
      });
      lines.push(
        `  [${dialect}] ${progress.caseNumber} ${progress.itemName} ${progress.applicantName} → ${caseStatusLabel(progress.status, locale)} (${progress.steps.length} steps)`,
      );
      try {
        await adapter.cases.lookup({
          caseNumber: fixture.caseNumber,
          verification: { kind: 'applicantName', name: '某某某' },
          ...(fixture.captcha === undefined ? {} : { captcha: fixture.captcha }),
        });
      } catch (error) {
        if (isAdapterError(error)) lines.push(`  [${dialect}] wrong name → ${error.code}: ${error.localized(locale)}`);
      }
    }
  } finally {
    await sim.close();
  }
  return lines;
}
