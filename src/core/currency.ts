import type { LocalizedText } from './locale.js';

/**
 * What the library knows about one currency: the ISO 4217 minor-unit exponent and its name in
 * every locale.
 *
 * @category Money
 */
export interface CurrencyInfo {
  /** Digits after the decimal point of the minor unit (CNY 2: 1 元 = 100 分; JPY 0; KWD 3). */
  readonly exponent: number;
  /** The currency's name in every supported locale. */
  readonly labels: LocalizedText;
}

/**
 * The active ISO 4217 currencies (list one) with their minor-unit exponents and names, as data.
 * Codes whose minor unit ISO gives as "N.A." (precious metals XAU/XAG/XPT/XPD, bond-market units
 * XBA–XBD, XDR, XSU, XUA, the testing code XTS and XXX) are left out, because an amount in
 * minor units is not defined for them; withdrawn codes (HRK, SLL, ZWL, …) are left out too.
 * ANG is kept next to its successor XCG while both circulate.
 *
 * @example
 * ```ts
 * import { CURRENCIES } from 'logistics-customer/core';
 * [CURRENCIES.CNY.exponent, CURRENCIES.JPY.exponent, CURRENCIES.KWD.exponent, CURRENCIES.CNY.labels['zh-CN']];
 * // => [2, 0, 3, '人民币']
 * ```
 * @category Money
 */
export const CURRENCIES = {
  AED: { exponent: 2, labels: { 'zh-CN': '阿联酋迪拉姆', en: 'United Arab Emirates dirham' } },
  AFN: { exponent: 2, labels: { 'zh-CN': '阿富汗尼', en: 'Afghan afghani' } },
  ALL: { exponent: 2, labels: { 'zh-CN': '阿尔巴尼亚列克', en: 'Albanian lek' } },
  AMD: { exponent: 2, labels: { 'zh-CN': '亚美尼亚德拉姆', en: 'Armenian dram' } },
  ANG: { exponent: 2, labels: { 'zh-CN': '荷属安的列斯盾', en: 'Netherlands Antillean guilder' } },
  AOA: { exponent: 2, labels: { 'zh-CN': '安哥拉宽扎', en: 'Angolan kwanza' } },
  ARS: { exponent: 2, labels: { 'zh-CN': '阿根廷比索', en: 'Argentine peso' } },
  AUD: { exponent: 2, labels: { 'zh-CN': '澳大利亚元', en: 'Australian dollar' } },
  AWG: { exponent: 2, labels: { 'zh-CN': '阿鲁巴弗罗林', en: 'Aruban florin' } },
  AZN: { exponent: 2, labels: { 'zh-CN': '阿塞拜疆马纳特', en: 'Azerbaijani manat' } },
  BAM: { exponent: 2, labels: { 'zh-CN': '波黑可兑换马克', en: 'Bosnia and Herzegovina convertible mark' } },
  BBD: { exponent: 2, labels: { 'zh-CN': '巴巴多斯元', en: 'Barbadian dollar' } },
  BDT: { exponent: 2, labels: { 'zh-CN': '孟加拉塔卡', en: 'Bangladeshi taka' } },
  BGN: { exponent: 2, labels: { 'zh-CN': '保加利亚列弗', en: 'Bulgarian lev' } },
  BHD: { exponent: 3, labels: { 'zh-CN': '巴林第纳尔', en: 'Bahraini dinar' } },
  BIF: { exponent: 0, labels: { 'zh-CN': '布隆迪法郎', en: 'Burundian franc' } },
  BMD: { exponent: 2, labels: { 'zh-CN': '百慕大元', en: 'Bermudian dollar' } },
  BND: { exponent: 2, labels: { 'zh-CN': '文莱元', en: 'Brunei dollar' } },
  BOB: { exponent: 2, labels: { 'zh-CN': '玻利维亚诺', en: 'Bolivian boliviano' } },
  BOV: { exponent: 2, labels: { 'zh-CN': '玻利维亚 Mvdol（基金）', en: 'Bolivian Mvdol' } },
  BRL: { exponent: 2, labels: { 'zh-CN': '巴西雷亚尔', en: 'Brazilian real' } },
  BSD: { exponent: 2, labels: { 'zh-CN': '巴哈马元', en: 'Bahamian dollar' } },
  BTN: { exponent: 2, labels: { 'zh-CN': '不丹努尔特鲁姆', en: 'Bhutanese ngultrum' } },
  BWP: { exponent: 2, labels: { 'zh-CN': '博茨瓦纳普拉', en: 'Botswanan pula' } },
  BYN: { exponent: 2, labels: { 'zh-CN': '白俄罗斯卢布', en: 'Belarusian ruble' } },
  BZD: { exponent: 2, labels: { 'zh-CN': '伯利兹元', en: 'Belize dollar' } },
  CAD: { exponent: 2, labels: { 'zh-CN': '加拿大元', en: 'Canadian dollar' } },
  CDF: { exponent: 2, labels: { 'zh-CN': '刚果法郎', en: 'Congolese franc' } },
  CHE: { exponent: 2, labels: { 'zh-CN': 'WIR 欧元', en: 'WIR euro' } },
  CHF: { exponent: 2, labels: { 'zh-CN': '瑞士法郎', en: 'Swiss franc' } },
  CHW: { exponent: 2, labels: { 'zh-CN': 'WIR 法郎', en: 'WIR franc' } },
  CLF: { exponent: 4, labels: { 'zh-CN': '智利发展单位', en: 'Unidad de fomento (Chilean unit of account)' } },
  CLP: { exponent: 0, labels: { 'zh-CN': '智利比索', en: 'Chilean peso' } },
  CNY: { exponent: 2, labels: { 'zh-CN': '人民币', en: 'Chinese yuan' } },
  COP: { exponent: 2, labels: { 'zh-CN': '哥伦比亚比索', en: 'Colombian peso' } },
  COU: { exponent: 2, labels: { 'zh-CN': '哥伦比亚实际价值单位', en: 'Unidad de valor real (Colombian real value unit)' } },
  CRC: { exponent: 2, labels: { 'zh-CN': '哥斯达黎加科朗', en: 'Costa Rican colón' } },
  CUC: { exponent: 2, labels: { 'zh-CN': '古巴可兑换比索', en: 'Cuban convertible peso' } },
  CUP: { exponent: 2, labels: { 'zh-CN': '古巴比索', en: 'Cuban peso' } },
  CVE: { exponent: 2, labels: { 'zh-CN': '佛得角埃斯库多', en: 'Cape Verdean escudo' } },
  CZK: { exponent: 2, labels: { 'zh-CN': '捷克克朗', en: 'Czech koruna' } },
  DJF: { exponent: 0, labels: { 'zh-CN': '吉布提法郎', en: 'Djiboutian franc' } },
  DKK: { exponent: 2, labels: { 'zh-CN': '丹麦克朗', en: 'Danish krone' } },
  DOP: { exponent: 2, labels: { 'zh-CN': '多米尼加比索', en: 'Dominican peso' } },
  DZD: { exponent: 2, labels: { 'zh-CN': '阿尔及利亚第纳尔', en: 'Algerian dinar' } },
  EGP: { exponent: 2, labels: { 'zh-CN': '埃及镑', en: 'Egyptian pound' } },
  ERN: { exponent: 2, labels: { 'zh-CN': '厄立特里亚纳克法', en: 'Eritrean nakfa' } },
  ETB: { exponent: 2, labels: { 'zh-CN': '埃塞俄比亚比尔', en: 'Ethiopian birr' } },
  EUR: { exponent: 2, labels: { 'zh-CN': '欧元', en: 'Euro' } },
  FJD: { exponent: 2, labels: { 'zh-CN': '斐济元', en: 'Fijian dollar' } },
  FKP: { exponent: 2, labels: { 'zh-CN': '福克兰群岛镑', en: 'Falkland Islands pound' } },
  GBP: { exponent: 2, labels: { 'zh-CN': '英镑', en: 'Pound sterling' } },
  GEL: { exponent: 2, labels: { 'zh-CN': '格鲁吉亚拉里', en: 'Georgian lari' } },
  GHS: { exponent: 2, labels: { 'zh-CN': '加纳塞地', en: 'Ghanaian cedi' } },
  GIP: { exponent: 2, labels: { 'zh-CN': '直布罗陀镑', en: 'Gibraltar pound' } },
  GMD: { exponent: 2, labels: { 'zh-CN': '冈比亚达拉西', en: 'Gambian dalasi' } },
  GNF: { exponent: 0, labels: { 'zh-CN': '几内亚法郎', en: 'Guinean franc' } },
  GTQ: { exponent: 2, labels: { 'zh-CN': '危地马拉格查尔', en: 'Guatemalan quetzal' } },
  GYD: { exponent: 2, labels: { 'zh-CN': '圭亚那元', en: 'Guyanese dollar' } },
  HKD: { exponent: 2, labels: { 'zh-CN': '港元', en: 'Hong Kong dollar' } },
  HNL: { exponent: 2, labels: { 'zh-CN': '洪都拉斯伦皮拉', en: 'Honduran lempira' } },
  HTG: { exponent: 2, labels: { 'zh-CN': '海地古德', en: 'Haitian gourde' } },
  HUF: { exponent: 2, labels: { 'zh-CN': '匈牙利福林', en: 'Hungarian forint' } },
  IDR: { exponent: 2, labels: { 'zh-CN': '印度尼西亚盾', en: 'Indonesian rupiah' } },
  ILS: { exponent: 2, labels: { 'zh-CN': '以色列新谢克尔', en: 'Israeli new shekel' } },
  INR: { exponent: 2, labels: { 'zh-CN': '印度卢比', en: 'Indian rupee' } },
  IQD: { exponent: 3, labels: { 'zh-CN': '伊拉克第纳尔', en: 'Iraqi dinar' } },
  IRR: { exponent: 2, labels: { 'zh-CN': '伊朗里亚尔', en: 'Iranian rial' } },
  ISK: { exponent: 0, labels: { 'zh-CN': '冰岛克朗', en: 'Icelandic króna' } },
  JMD: { exponent: 2, labels: { 'zh-CN': '牙买加元', en: 'Jamaican dollar' } },
  JOD: { exponent: 3, labels: { 'zh-CN': '约旦第纳尔', en: 'Jordanian dinar' } },
  JPY: { exponent: 0, labels: { 'zh-CN': '日元', en: 'Japanese yen' } },
  KES: { exponent: 2, labels: { 'zh-CN': '肯尼亚先令', en: 'Kenyan shilling' } },
  KGS: { exponent: 2, labels: { 'zh-CN': '吉尔吉斯斯坦索姆', en: 'Kyrgyz som' } },
  KHR: { exponent: 2, labels: { 'zh-CN': '柬埔寨瑞尔', en: 'Cambodian riel' } },
  KMF: { exponent: 0, labels: { 'zh-CN': '科摩罗法郎', en: 'Comorian franc' } },
  KPW: { exponent: 2, labels: { 'zh-CN': '朝鲜元', en: 'North Korean won' } },
  KRW: { exponent: 0, labels: { 'zh-CN': '韩元', en: 'South Korean won' } },
  KWD: { exponent: 3, labels: { 'zh-CN': '科威特第纳尔', en: 'Kuwaiti dinar' } },
  KYD: { exponent: 2, labels: { 'zh-CN': '开曼群岛元', en: 'Cayman Islands dollar' } },
  KZT: { exponent: 2, labels: { 'zh-CN': '哈萨克斯坦坚戈', en: 'Kazakhstani tenge' } },
  LAK: { exponent: 2, labels: { 'zh-CN': '老挝基普', en: 'Laotian kip' } },
  LBP: { exponent: 2, labels: { 'zh-CN': '黎巴嫩镑', en: 'Lebanese pound' } },
  LKR: { exponent: 2, labels: { 'zh-CN': '斯里兰卡卢比', en: 'Sri Lankan rupee' } },
  LRD: { exponent: 2, labels: { 'zh-CN': '利比里亚元', en: 'Liberian dollar' } },
  LSL: { exponent: 2, labels: { 'zh-CN': '莱索托洛蒂', en: 'Lesotho loti' } },
  LYD: { exponent: 3, labels: { 'zh-CN': '利比亚第纳尔', en: 'Libyan dinar' } },
  MAD: { exponent: 2, labels: { 'zh-CN': '摩洛哥迪拉姆', en: 'Moroccan dirham' } },
  MDL: { exponent: 2, labels: { 'zh-CN': '摩尔多瓦列伊', en: 'Moldovan leu' } },
  MGA: { exponent: 2, labels: { 'zh-CN': '马达加斯加阿里亚里', en: 'Malagasy ariary' } },
  MKD: { exponent: 2, labels: { 'zh-CN': '马其顿第纳尔', en: 'Macedonian denar' } },
  MMK: { exponent: 2, labels: { 'zh-CN': '缅甸元', en: 'Myanmar kyat' } },
  MNT: { exponent: 2, labels: { 'zh-CN': '蒙古图格里克', en: 'Mongolian tugrik' } },
  MOP: { exponent: 2, labels: { 'zh-CN': '澳门元', en: 'Macanese pataca' } },
  MRU: { exponent: 2, labels: { 'zh-CN': '毛里塔尼亚乌吉亚', en: 'Mauritanian ouguiya' } },
  MUR: { exponent: 2, labels: { 'zh-CN': '毛里求斯卢比', en: 'Mauritian rupee' } },
  MVR: { exponent: 2, labels: { 'zh-CN': '马尔代夫卢菲亚', en: 'Maldivian rufiyaa' } },
  MWK: { exponent: 2, labels: { 'zh-CN': '马拉维克瓦查', en: 'Malawian kwacha' } },
  MXN: { exponent: 2, labels: { 'zh-CN': '墨西哥比索', en: 'Mexican peso' } },
  MXV: { exponent: 2, labels: { 'zh-CN': '墨西哥投资单位', en: 'Mexican unidad de inversión (UDI)' } },
  MYR: { exponent: 2, labels: { 'zh-CN': '马来西亚林吉特', en: 'Malaysian ringgit' } },
  MZN: { exponent: 2, labels: { 'zh-CN': '莫桑比克美提卡', en: 'Mozambican metical' } },
  NAD: { exponent: 2, labels: { 'zh-CN': '纳米比亚元', en: 'Namibian dollar' } },
  NGN: { exponent: 2, labels: { 'zh-CN': '尼日利亚奈拉', en: 'Nigerian naira' } },
  NIO: { exponent: 2, labels: { 'zh-CN': '尼加拉瓜科多巴', en: 'Nicaraguan córdoba' } },
  NOK: { exponent: 2, labels: { 'zh-CN': '挪威克朗', en: 'Norwegian krone' } },
  NPR: { exponent: 2, labels: { 'zh-CN': '尼泊尔卢比', en: 'Nepalese rupee' } },
  NZD: { exponent: 2, labels: { 'zh-CN': '新西兰元', en: 'New Zealand dollar' } },
  OMR: { exponent: 3, labels: { 'zh-CN': '阿曼里亚尔', en: 'Omani rial' } },
  PAB: { exponent: 2, labels: { 'zh-CN': '巴拿马巴波亚', en: 'Panamanian balboa' } },
  PEN: { exponent: 2, labels: { 'zh-CN': '秘鲁索尔', en: 'Peruvian sol' } },
  PGK: { exponent: 2, labels: { 'zh-CN': '巴布亚新几内亚基那', en: 'Papua New Guinean kina' } },
  PHP: { exponent: 2, labels: { 'zh-CN': '菲律宾比索', en: 'Philippine peso' } },
  PKR: { exponent: 2, labels: { 'zh-CN': '巴基斯坦卢比', en: 'Pakistani rupee' } },
  PLN: { exponent: 2, labels: { 'zh-CN': '波兰兹罗提', en: 'Polish zloty' } },
  PYG: { exponent: 0, labels: { 'zh-CN': '巴拉圭瓜拉尼', en: 'Paraguayan guarani' } },
  QAR: { exponent: 2, labels: { 'zh-CN': '卡塔尔里亚尔', en: 'Qatari riyal' } },
  RON: { exponent: 2, labels: { 'zh-CN': '罗马尼亚列伊', en: 'Romanian leu' } },
  RSD: { exponent: 2, labels: { 'zh-CN': '塞尔维亚第纳尔', en: 'Serbian dinar' } },
  RUB: { exponent: 2, labels: { 'zh-CN': '俄罗斯卢布', en: 'Russian ruble' } },
  RWF: { exponent: 0, labels: { 'zh-CN': '卢旺达法郎', en: 'Rwandan franc' } },
  SAR: { exponent: 2, labels: { 'zh-CN': '沙特里亚尔', en: 'Saudi riyal' } },
  SBD: { exponent: 2, labels: { 'zh-CN': '所罗门群岛元', en: 'Solomon Islands dollar' } },
  SCR: { exponent: 2, labels: { 'zh-CN': '塞舌尔卢比', en: 'Seychellois rupee' } },
  SDG: { exponent: 2, labels: { 'zh-CN': '苏丹镑', en: 'Sudanese pound' } },
  SEK: { exponent: 2, labels: { 'zh-CN': '瑞典克朗', en: 'Swedish krona' } },
  SGD: { exponent: 2, labels: { 'zh-CN': '新加坡元', en: 'Singapore dollar' } },
  SHP: { exponent: 2, labels: { 'zh-CN': '圣赫勒拿镑', en: 'Saint Helena pound' } },
  SLE: { exponent: 2, labels: { 'zh-CN': '塞拉利昂新利昂', en: 'Sierra Leonean leone' } },
  SOS: { exponent: 2, labels: { 'zh-CN': '索马里先令', en: 'Somali shilling' } },
  SRD: { exponent: 2, labels: { 'zh-CN': '苏里南元', en: 'Surinamese dollar' } },
  SSP: { exponent: 2, labels: { 'zh-CN': '南苏丹镑', en: 'South Sudanese pound' } },
  STN: { exponent: 2, labels: { 'zh-CN': '圣多美和普林西比多布拉', en: 'São Tomé and Príncipe dobra' } },
  SVC: { exponent: 2, labels: { 'zh-CN': '萨尔瓦多科朗', en: 'Salvadoran colón' } },
  SYP: { exponent: 2, labels: { 'zh-CN': '叙利亚镑', en: 'Syrian pound' } },
  SZL: { exponent: 2, labels: { 'zh-CN': '斯威士兰里兰吉尼', en: 'Swazi lilangeni' } },
  THB: { exponent: 2, labels: { 'zh-CN': '泰铢', en: 'Thai baht' } },
  TJS: { exponent: 2, labels: { 'zh-CN': '塔吉克斯坦索莫尼', en: 'Tajikistani somoni' } },
  TMT: { exponent: 2, labels: { 'zh-CN': '土库曼斯坦马纳特', en: 'Turkmenistani manat' } },
  TND: { exponent: 3, labels: { 'zh-CN': '突尼斯第纳尔', en: 'Tunisian dinar' } },
  TOP: { exponent: 2, labels: { 'zh-CN': '汤加潘加', en: 'Tongan paʻanga' } },
  TRY: { exponent: 2, labels: { 'zh-CN': '土耳其里拉', en: 'Turkish lira' } },
  TTD: { exponent: 2, labels: { 'zh-CN': '特立尼达和多巴哥元', en: 'Trinidad and Tobago dollar' } },
  TWD: { exponent: 2, labels: { 'zh-CN': '新台币', en: 'New Taiwan dollar' } },
  TZS: { exponent: 2, labels: { 'zh-CN': '坦桑尼亚先令', en: 'Tanzanian shilling' } },
  UAH: { exponent: 2, labels: { 'zh-CN': '乌克兰格里夫纳', en: 'Ukrainian hryvnia' } },
  UGX: { exponent: 0, labels: { 'zh-CN': '乌干达先令', en: 'Ugandan shilling' } },
  USD: { exponent: 2, labels: { 'zh-CN': '美元', en: 'US dollar' } },
  USN: { exponent: 2, labels: { 'zh-CN': '美元（次日）', en: 'US dollar (next day)' } },
  UYI: { exponent: 0, labels: { 'zh-CN': '乌拉圭比索（指数单位）', en: 'Uruguay peso en unidades indexadas (UI)' } },
  UYU: { exponent: 2, labels: { 'zh-CN': '乌拉圭比索', en: 'Uruguayan peso' } },
  UYW: { exponent: 4, labels: { 'zh-CN': '乌拉圭名义工资指数单位', en: 'Unidad previsional (Uruguayan nominal wage index unit)' } },
  UZS: { exponent: 2, labels: { 'zh-CN': '乌兹别克斯坦苏姆', en: 'Uzbekistani som' } },
  VED: { exponent: 2, labels: { 'zh-CN': '委内瑞拉数字玻利瓦尔', en: 'Venezuelan bolívar digital' } },
  VES: { exponent: 2, labels: { 'zh-CN': '委内瑞拉主权玻利瓦尔', en: 'Venezuelan bolívar soberano' } },
  VND: { exponent: 0, labels: { 'zh-CN': '越南盾', en: 'Vietnamese dong' } },
  VUV: { exponent: 0, labels: { 'zh-CN': '瓦努阿图瓦图', en: 'Vanuatu vatu' } },
  WST: { exponent: 2, labels: { 'zh-CN': '萨摩亚塔拉', en: 'Samoan tala' } },
  XAF: { exponent: 0, labels: { 'zh-CN': '中非法郎', en: 'Central African CFA franc' } },
  XCD: { exponent: 2, labels: { 'zh-CN': '东加勒比元', en: 'East Caribbean dollar' } },
  XCG: { exponent: 2, labels: { 'zh-CN': '加勒比盾', en: 'Caribbean guilder' } },
  XOF: { exponent: 0, labels: { 'zh-CN': '西非法郎', en: 'West African CFA franc' } },
  XPF: { exponent: 0, labels: { 'zh-CN': '太平洋法郎', en: 'CFP franc' } },
  YER: { exponent: 2, labels: { 'zh-CN': '也门里亚尔', en: 'Yemeni rial' } },
  ZAR: { exponent: 2, labels: { 'zh-CN': '南非兰特', en: 'South African rand' } },
  ZMW: { exponent: 2, labels: { 'zh-CN': '赞比亚克瓦查', en: 'Zambian kwacha' } },
  ZWG: { exponent: 2, labels: { 'zh-CN': '津巴布韦金（ZiG）', en: 'Zimbabwe gold (ZiG)' } },
} as const satisfies Readonly<Record<string, CurrencyInfo>>;

/**
 * An active ISO 4217 currency code such as `'CNY'`, `'USD'` or `'JPY'`.
 *
 * @category Money
 */
export type CurrencyCode = keyof typeof CURRENCIES;

/**
 * The codes of {@link CURRENCIES}, kept apart from the table so that checking a code (every
 * money constructor does) does not pull the names of 167 currencies into a bundle; a test checks
 * that both list the same codes.
 */
const CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP ' +
    'BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB ' +
    'EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY ' +
    'KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR ' +
    'MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB ' +
    'RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD ' +
    'TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG'
  ).split(' '),
);

/**
 * Tells whether a string is a currency code the library knows (an active ISO 4217 code with a
 * minor unit). Case-sensitive: ISO codes are upper case.
 *
 * @param code - The string to check.
 * @returns `true` when `code` is a key of {@link CURRENCIES}.
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from 'logistics-customer/core';
 * [isCurrencyCode('CNY'), isCurrencyCode('cny'), isCurrencyCode('XAU'), isCurrencyCode('toString')];
 * // => [true, false, false, false]
 * ```
 * @category Money
 */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return CODES.has(code);
}
