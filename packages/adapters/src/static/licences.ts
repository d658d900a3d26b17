import type { ELicence, ELicencesCapability } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { eLicenceFileSchema, eLicenceQuerySchema, eLicenceSchema } from '../parse/licence-schemas.js';
import { parseInput, parseResponse } from '../parse/parse-response.js';
import { textSchema } from '../parse/fields.js';
import type { StaticLicence } from './data.js';
import type { StaticState } from './state.js';

function publicPart({ holder: _holder, ...licence }: StaticLicence): ELicence {
  return parseResponse(eLicenceSchema, licence, { what: 'eLicences.find' });
}

/** A minimal PDF naming only the licence id (no personal data). */
function fakePdf(id: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% Sijitong static e-licence ${id}\n%%EOF\n`);
}

/** The e-licence capability of the static adapter. @internal */
export function staticLicences(state: StaticState): ELicencesCapability {
  return {
    async find(query) {
      const q = parseInput(eLicenceQuerySchema, query, { what: 'eLicences.find' });
      const h = q.holder;
      return state.licences
        .filter((l) => ('idNumber' in h ? 'idNumber' in l.holder && l.holder.idNumber === h.idNumber : 'creditCode' in l.holder && l.holder.creditCode === h.creditCode))
        .filter((l) => q.typeCode === undefined || l.type.code === q.typeCode)
        .map(publicPart);
    },
    async file(id) {
      const key = parseInput(textSchema, id, { what: 'eLicences.file' });
      const licence = state.licences.find((l) => l.id === key);
      if (licence === undefined) throw new AdapterError(contractMessages, 'ADAPTER_LICENCE_NOT_FOUND', {}, { path: ['id'] });
      return parseResponse(eLicenceFileSchema, { contentType: 'application/pdf', content: fakePdf(licence.id) }, { what: 'eLicences.file' });
    },
  };
}
