import { SimError } from '../sim-error.js';
import type { SimLicence, SimulatorState } from '../state.js';

/** The licences of a holder (ID number or credit code), optionally of one type. */
export function findLicences(state: SimulatorState, holderId: string, typeCode?: string): SimLicence[] {
  return [...state.licences.values()].filter((l) => l.holderId === holderId.trim() && (typeCode === undefined || l.type.code === typeCode));
}

/** A one-page PDF naming the licence (ASCII only: ids, numbers, dates), or `NOT_FOUND`. */
export function licenceFile(state: SimulatorState, id: string): Uint8Array {
  const licence = state.licences.get(id);
  if (licence === undefined) throw new SimError('NOT_FOUND');
  const text = `Sijitong simulator e-licence ${licence.id} type ${licence.type.code} no ${licence.number} valid from ${licence.validFrom}`;
  const stream = `BT /F1 12 Tf 40 780 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
