import type { ELicencesCapability } from '../../contract/capabilities.js';
import { textSchema } from '../../parse/fields.js';
import { eLicenceQuerySchema, eLicenceSchema } from '../../parse/licence-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { licenceFile } from '../shared/fetch-bytes.js';
import { callOptions, readOnlyKey } from '../shared/http-config.js';
import { listOf } from '../shared/mapped-io.js';
import { GUANGDONG_LICENCE_FIELDS } from './record-fields.js';
import { GUANGDONG_ENVELOPE, GUANGDONG_ERRORS, type GuangdongRuntime } from './runtime.js';

/** The guangdong e-licence library: `/license/search`, `/license/file` (raw bytes). @internal */
export function guangdongLicences(rt: GuangdongRuntime): ELicencesCapability {
  return {
    async find(query, options = {}) {
      const q = parseInput(eLicenceQuerySchema, query, { what: 'eLicences.find' });
      const holderCertNo = 'idNumber' in q.holder ? q.holder.idNumber : q.holder.creditCode;
      const json = { holderCertNo, ...(q.typeCode === undefined ? {} : { licenseTypeCode: q.typeCode }) };
      const data = await rt.client.request({ method: 'POST', path: '/license/search', json, idempotencyKey: readOnlyKey(), ...callOptions(options) });
      const list = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['list'] : undefined;
      return listOf(rt, eLicenceSchema, GUANGDONG_LICENCE_FIELDS, list, 'eLicences.find', ['list']);
    },

    async file(id, options = {}) {
      const licenseId = parseInput(textSchema, id, { what: 'eLicences.file' });
      const request = { path: '/license/file', method: 'POST', json: { licenseId }, envelope: GUANGDONG_ENVELOPE, decodeBody: rt.open } as const;
      return licenceFile(rt, request, GUANGDONG_ERRORS.licence, options);
    },
  };
}
