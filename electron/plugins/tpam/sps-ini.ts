/**
 * The SPS ini format of the TPAM plugin's configuration: import into the ECM's settings and
 * export back, with Python configparser / SPS plugin SDK semantics. Hand-written
 * because no ini library reproduces configparser's interpolation, continuation and comment rules.
 */
export { importSpsIni, type SpsIniImport } from './sps-ini-import';
export { exportSpsIni, type SpsIniExportOptions } from './sps-ini-export';
export { parseIni, type IniDocument, type IniOption, type IniSection } from './sps-ini-parse';
