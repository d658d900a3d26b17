import type { ELicencesCapability } from '../../contract/capabilities.js';
import { textSchema } from '../../parse/fields.js';
import { eLicenceQuerySchema, eLicenceSchema } from '../../parse/licence-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import { licenceFile } from '../shared/fetch-bytes.js';
import { callOptions } from '../shared/http-config.js';
import { listOf } from '../shared/mapped-io.js';
import { NATIONAL_LICENCE_FIELDS } from './record-fields.js';
import { NATIONAL_ENVELOPE, NATIONAL_ERRORS, type NationalRuntime } from './runtime.js';

/** The national e-licence library: `GET /licences?CERT_NO=…`, `GET /licences/{id}/file`. @internal */
export function nationalLicences(rt: NationalRuntime): ELicencesCapability {
  return {
    async find(query, options = {}) {
      const q = parseInput(eLicenceQuerySchema, query, { what: 'eLicences.find' });
      const certNo = 'idNumber' in q.holder ? q.holder.idNumber : q.holder.creditCode;
      const data = await rt.client.request({ method: 'GET', path: '/licences', query: { CERT_NO: certNo, LICENCE_TYPE: q.typeCode }, ...callOptions(options) });
      return listOf(rt, eLicenceSchema, NATIONAL_LICENCE_FIELDS, data, 'eLicences.find');
    },

    async file(id, options = {}) {
      const licenceId = parseInput(textSchema, id, { what: 'eLicences.file' });
      const request = { path: `/licences/${encodeURIComponent(licenceId)}/file`, method: 'GET', envelope: NATIONAL_ENVELOPE } as const;
      return licenceFile(rt, request, NATIONAL_ERRORS.licence, options);
    },
  };
}
