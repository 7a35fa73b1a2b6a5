import { text } from '../core/locale.js';
import { type CompiledMachine, compileMachine } from '../core/machine/compile.js';
import type { MachineDefinition, TransitionSpec } from '../core/machine/definition.js';
import type { MachineSnapshot } from '../core/machine/snapshot.js';
import { type ComplaintContext, INITIAL_COMPLAINT_CONTEXT } from './complaint-context.js';
import { type ComplaintEvent, complaintEventTypeLabels } from './complaint-event.js';
import { complaintGuards, returnGuardName } from './complaint-guards.js';
import { type ComplaintMachineOptions, complaintRules } from './complaint-options.js';
import { type ComplaintState, complaintStateLabels, ESCALATABLE_STATES, PAUSABLE_STATES } from './complaint-state.js';
import { complaintUpdates, escalateUpdateName, waitUpdateName } from './complaint-updates.js';

/**
 * The complaint machine as data on the core machine: its states, events, guards and updates.
 *
 * @category Complaints
 */
export type ComplaintMachineDefinition = MachineDefinition<ComplaintState, ComplaintEvent, ComplaintContext>;

/**
 * A complaint machine compiled for fast transitions (see `compileMachine` in the core).
 *
 * @category Complaints
 */
export type ComplaintMachine = CompiledMachine<ComplaintState, ComplaintEvent, ComplaintContext>;

/**
 * Where a complaint stands: its state and everything gathered from its events.
 *
 * @category Complaints
 */
export type ComplaintSnapshot = MachineSnapshot<ComplaintState, ComplaintContext>;

type Spec = TransitionSpec<ComplaintState>;

const RESPOND: Spec = { guard: 'hasMessage', update: 'respond' };
const RECLASSIFY: Spec = { guard: 'validReclassification', update: 'reclassify' };
const WITHDRAW: Spec = { target: 'withdrawn', guard: 'valid', update: 'withdraw' };
const ASSIGN: Spec = { target: 'assigned', guard: 'knownDepartment', update: 'assign' };
const PROPOSE: Spec = { target: 'proposed', guard: 'validRemedy', update: 'propose' };
const ARCHIVE: Spec = { target: 'archived', guard: 'valid', update: 'archive' };

function wait(state: ComplaintState): Spec {
  return { target: 'waiting', guard: 'validPause', update: waitUpdateName(state) };
}

function escalate(state: ComplaintState): Spec {
  return { target: 'escalated', guard: 'validEscalation', update: escalateUpdateName(state) };
}

/** The open handling steps: reply, reclassify, wait on the customer, escalate, withdraw. */
function handling(state: ComplaintState): { readonly [T in 'RESPOND' | 'RECLASSIFY' | 'WAIT' | 'ESCALATE' | 'WITHDRAW']: Spec } {
  return { RESPOND, RECLASSIFY, WAIT: wait(state), ESCALATE: escalate(state), WITHDRAW };
}

/** The states an escalation returns to, in the order they are listed (a rejection returns to assessment). */
const ESCALATION_RETURNS: readonly ComplaintState[] = ESCALATABLE_STATES.filter((s) => s !== 'rejected');

/**
 * The complaint lifecycle as a machine defined as data (投诉处理流程, DOMAIN.md §7, ISO 10002):
 * 受理登记 → 确认 → 判断是否成立 (成立 `assessed` / 不成立 `rejected` with a polite explanation) →
 * 确定责任部门 → 调查原因 → 提出处理方案 → 领导批示 → 实施并告知客户 → 回访 (satisfied →
 * `satisfied` → 结案 `closed` → 总结归档 `archived`; dissatisfied → `reopened`). Along the way: reply
 * to the customer, reclassify, wait on the customer (the clocks pause; `RESUME` returns to the
 * state it waited in), escalate (`DEESCALATE` returns; a disputed rejection goes back to be
 * assessed), withdraw; a closed case can be reopened within the reopen window. A close before a
 * satisfied follow-up is refused.
 *
 * @param options - The policy currency, departments, reopen window and default tables.
 * @returns The plain machine definition.
 * @throws {@link LogisticsCustomerError} `INVALID_COMPLAINT_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { complaintDefinition } from 'logistics-customer/complaints';
 * Object.keys(complaintDefinition().states.implemented.on ?? {});
 * // => ['FOLLOW_UP', 'RESPOND', 'WAIT']
 * ```
 * @category Complaints
 */
export function complaintDefinition(options: ComplaintMachineOptions = {}): ComplaintMachineDefinition {
  const rules = complaintRules(options);
  return {
    id: 'complaint',
    initial: 'new',
    context: INITIAL_COMPLAINT_CONTEXT,
    states: {
      new: {
        label: complaintStateLabels.new,
        on: { RECEIVE: { target: 'received', guard: 'validReceipt', update: 'receive' } },
      },
      received: {
        label: complaintStateLabels.received,
        description: text('已登记投诉，等待向客户确认收到', 'recorded; the customer is yet to be told it was received'),
        on: {
          ACKNOWLEDGE: { target: 'acknowledged', guard: 'valid', update: 'acknowledge' },
          RESPOND,
          RECLASSIFY,
          ESCALATE: escalate('received'),
          WITHDRAW,
        },
      },
      acknowledged: {
        label: complaintStateLabels.acknowledged,
        on: {
          ACCEPT: { target: 'assessed', guard: 'valid', update: 'accept' },
          REJECT: { target: 'rejected', guard: 'hasExplanation', update: 'reject' },
          ...handling('acknowledged'),
        },
      },
      assessed: { label: complaintStateLabels.assessed, on: { ASSIGN, ...handling('assessed') } },
      rejected: {
        label: complaintStateLabels.rejected,
        description: text('已向客户礼貌解释不成立的理由', 'the customer was told politely why the complaint is not valid'),
        on: { ESCALATE: escalate('rejected'), ARCHIVE },
      },
      assigned: {
        label: complaintStateLabels.assigned,
        on: {
          INVESTIGATE: { target: 'investigating', guard: 'valid', update: 'investigate' },
          ASSIGN: { guard: 'knownDepartment', update: 'assign' },
          ...handling('assigned'),
        },
      },
      investigating: { label: complaintStateLabels.investigating, on: { PROPOSE, ASSIGN, ...handling('investigating') } },
      proposed: {
        label: complaintStateLabels.proposed,
        on: {
          APPROVE: { target: 'approved', guard: 'valid', update: 'approve' },
          PROPOSE: { guard: 'validRemedy', update: 'propose' },
          ...handling('proposed'),
        },
      },
      approved: {
        label: complaintStateLabels.approved,
        on: {
          IMPLEMENT: { target: 'implemented', guard: 'valid', update: 'implement' },
          PROPOSE,
          ...handling('approved'),
        },
      },
      implemented: {
        label: complaintStateLabels.implemented,
        on: {
          FOLLOW_UP: [
            { target: 'satisfied', guard: 'customerSatisfied', update: 'followUp' },
            { target: 'reopened', guard: 'customerDissatisfied', update: 'followUp' },
          ],
          RESPOND,
          WAIT: wait('implemented'),
        },
      },
      satisfied: {
        label: complaintStateLabels.satisfied,
        on: { CLOSE: { target: 'closed', guard: 'valid', update: 'close' }, RESPOND },
      },
      closed: {
        label: complaintStateLabels.closed,
        on: { ARCHIVE, REOPEN: { target: 'reopened', guard: 'withinReopenWindow', update: 'reopen' } },
      },
      reopened: { label: complaintStateLabels.reopened, on: { ASSIGN, ...handling('reopened') } },
      waiting: {
        label: complaintStateLabels.waiting,
        description: text('等待客户答复，服务时限暂停计时', 'waiting on the customer; the service-level clocks pause'),
        on: {
          RESUME: PAUSABLE_STATES.map((state): Spec => ({ target: state, guard: returnGuardName(state), update: 'resume' })),
          RESPOND,
          WITHDRAW,
        },
      },
      escalated: {
        label: complaintStateLabels.escalated,
        on: {
          DEESCALATE: ESCALATION_RETURNS.map((state): Spec => ({ target: state, guard: returnGuardName(state), update: 'deescalate' })),
          RESPOND,
          RECLASSIFY,
          WITHDRAW,
        },
      },
      withdrawn: { label: complaintStateLabels.withdrawn, on: { ARCHIVE } },
      archived: { label: complaintStateLabels.archived, final: true },
    },
    events: complaintEventTypeLabels,
    guards: complaintGuards(rules),
    updates: complaintUpdates(rules, PAUSABLE_STATES, ESCALATABLE_STATES),
  };
}

/**
 * Builds the complaint machine (see {@link complaintDefinition}) and compiles it once for fast
 * transitions; pass it to `replayComplaint`, `slaStatus` and `complaintMetrics` when handling
 * many complaints, or to the core's `transition`, `replay` and `allowedEvents`.
 *
 * @param options - The policy currency, departments, reopen window and default tables.
 * @returns The compiled machine.
 * @throws {@link LogisticsCustomerError} `INVALID_COMPLAINT_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { allowedEvents } from 'logistics-customer/core';
 * import { createComplaintMachine, newComplaint } from 'logistics-customer/complaints';
 * allowedEvents(createComplaintMachine(), newComplaint());
 * // => ['RECEIVE']
 * ```
 * @category Complaints
 */
export function createComplaintMachine(options: ComplaintMachineOptions = {}): ComplaintMachine {
  return compileMachine(complaintDefinition(options));
}
