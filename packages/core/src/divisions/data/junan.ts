import type { DivisionRow } from '../division-table.js';

/**
 * A small division extract for Junan County (莒南县), Linyi (临沂市), Shandong (山东省): the
 * province, the city, Junan and five sibling counties (6-digit GB/T 2260 codes, which are real),
 * Junan's township-level units and a few communities and villages under two of them.
 *
 * ILLUSTRATIVE, NOT AUTHORITATIVE: the township and village codes (12 digits) follow the
 * statistics office's scheme (001–099 街道, 100–199 镇; villages 001–199 居委会, 200–399 村委会)
 * but were assigned here in a consistent order, not copied from the official list, and the
 * community and village names are examples. Load the statistics office's current list for
 * production use.
 *
 * @example const table = createDivisionTable(junanDivisionRows);
 */
export const junanDivisionRows: readonly DivisionRow[] = [
  { code: '370000', name: '山东省' },
  { code: '371300', name: '临沂市', fullName: '山东省临沂市' },
  { code: '371302', name: '兰山区', fullName: '山东省临沂市兰山区' },
  { code: '371311', name: '罗庄区', fullName: '山东省临沂市罗庄区' },
  { code: '371312', name: '河东区', fullName: '山东省临沂市河东区' },
  { code: '371321', name: '沂南县', fullName: '山东省临沂市沂南县' },
  { code: '371327', name: '莒南县', fullName: '山东省临沂市莒南县' },
  { code: '371329', name: '临沭县', fullName: '山东省临沂市临沭县' },

  // Township level under Junan (illustrative codes).
  { code: '371327001000', name: '十字路街道' },
  { code: '371327100000', name: '大店镇' },
  { code: '371327101000', name: '坪上镇' },
  { code: '371327102000', name: '板泉镇' },
  { code: '371327103000', name: '洙边镇' },
  { code: '371327104000', name: '文疃镇' },
  { code: '371327105000', name: '石莲子镇' },
  { code: '371327106000', name: '岭泉镇' },
  { code: '371327107000', name: '筵宾镇' },
  { code: '371327108000', name: '涝坡镇' },
  { code: '371327109000', name: '道口镇' },
  { code: '371327110000', name: '相沟镇' },
  { code: '371327111000', name: '团林镇' },
  { code: '371327112000', name: '汀水镇' },
  { code: '371327113000', name: '相邸镇' },
  { code: '371327114000', name: '朱芦镇' },
  { code: '371327115000', name: '壮岗镇' },

  // Communities and villages (illustrative codes and names).
  { code: '371327001001', name: '城东社区' },
  { code: '371327001002', name: '城西社区' },
  { code: '371327001201', name: '东关村' },
  { code: '371327100001', name: '大店社区' },
  { code: '371327100201', name: '大店一村' },
  { code: '371327100202', name: '大店二村' },
];
