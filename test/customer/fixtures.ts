/**
 * Concrete textbook records used across the customer tests (fresh objects on every call, so a
 * test can freeze or compare them without affecting another).
 */

/** 柳州汽配: a large manufacturing customer, a target, with a full profile (JSON form). */
export function liuzhouAutoParts(): Record<string, unknown> {
  return {
    id: 'C-001',
    name: '柳州汽配有限公司',
    address: '广西柳州市柳南区航岭路 1 号',
    nature: 'organization',
    industry: 'manufacturing',
    scale: 'large',
    geography: 'domestic',
    location: { kind: 'external', visibility: 'explicit' },
    marketingType: 'personalized',
    needsFocus: 'time',
    supplyChainRole: 'manufacturer',
    contacts: [
      { name: '王经理', title: '物流部经理', phone: '0772-1234567', email: 'wang@lzqp.example.com', decisionMaker: true },
      { name: '李主管', title: '仓储主管', phone: '+86 138 0000 0001' },
      { name: '赵专员', email: 'zhao@lzqp.example.com' },
    ],
    profile: {
      businessType: '汽车零部件制造',
      cargoFlows: [
        { origin: '柳州', destination: '广州' },
        { origin: '柳州', destination: '重庆' },
      ],
      shippingFrequency: { count: 12, per: 'week' },
      cargoTraits: ['fragile', 'high-value'],
      timeRequirement: { level: 'time-definite', maxLeadTimeHours: 24 },
      costSensitivity: 'medium',
      cooperationHistory: [
        {
          provider: '本公司',
          since: '2023-04-01T00:00:00+08:00',
          services: ['transport', 'warehousing'],
          feedback: '准时率高，偶有破损',
        },
      ],
    },
    createdAt: '2023-03-15T09:30:00+08:00',
    verifiedAt: '2026-01-10T10:00:00+08:00',
    target: true,
  };
}

/** 张先生: an individual, local, implicit customer with the bare minimum (JSON form). */
export function mrZhang(): Record<string, unknown> {
  return {
    id: 'C-002',
    name: '张先生',
    nature: 'individual',
    industry: 'other',
    scale: 'micro',
    geography: 'local',
    location: { kind: 'external', visibility: 'implicit' },
    contacts: [],
    createdAt: '2025-11-01T00:00:00Z',
  };
}

/** A freight transaction of 柳州汽配 (JSON form). */
export function freightTransaction(): Record<string, unknown> {
  return {
    id: 'T-0001',
    customerId: 'C-001',
    date: '2026-03-02T10:00:00+08:00',
    revenue: { amount: '12800.00', currency: 'CNY' },
    profit: { amount: '1536.50', currency: 'CNY' },
    services: ['transport', 'warehousing'],
  };
}

/** Runs `fn` and returns what it threw (fails the test when it does not throw). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
