import { assertLocale, type Locale } from '../locale.js';
import type { MachineDefinition, MachineEvent } from './definition.js';
import { finalStates } from './final-states.js';
import { machineStates, machineTransitions } from './listing.js';

/**
 * Options for {@link toMermaid}.
 *
 * @category Machine
 */
export interface MermaidOptions<T extends string = string> {
  /** The locale of state and event labels; defaults to `'zh-CN'`. */
  readonly locale?: Locale;
  /**
   * Event types whose transitions are left out, to draw the main path of a machine whose side
   * events (replies, escalations, withdrawals, …) are allowed almost everywhere; name them in the
   * text beside the diagram. Defaults to none.
   */
  readonly omitEvents?: readonly T[];
  /**
   * How to draw transitions that keep the state (self-loops): `true` (the default) as loop
   * edges, `'note'` as one note beside the state (`↻ event [guard]`) — Mermaid's layout puts a
   * loop's label over the neighbouring edges' labels — or `false` to leave them out.
   */
  readonly selfLoops?: boolean | 'note';
  /** Whether to print the guard's name after the event label (`[guard]`); defaults to `true`. */
  readonly guards?: boolean;
}

/** Mermaid entity codes for the characters that would end a label early. */
const ESCAPES: { readonly [ch: string]: string } = { '"': '#quot;', ';': '#59;', '#': '#35;', ':': '#58;', '\n': ' ' };

function escapeLabel(label: string): string {
  return label.replace(/["#;:\n]/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * Mermaid state ids: Mermaid's grammar takes only letters, digits and underscores in a state
 * name on a transition line, so other characters (e.g. the hyphen of `at-risk`) become `_`, and
 * a clash after that gets a numeric suffix. The state's real name stays visible as its label.
 */
function mermaidIds(states: readonly string[]): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const state of states) {
    const base = state.replace(/[^A-Za-z0-9_]/g, '_');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(state, id);
  }
  return ids;
}

/**
 * Draws a machine as a Mermaid `stateDiagram-v2` from its definition, so the diagram in the docs
 * cannot drift from the code: one `state "label" as id` line per state, `[*] --> initial`, one
 * line per transition labelled with the event's label (and `[guard]` when guarded), and
 * `state --> [*]` for each final state. Parallel edges with the same label are drawn once. For a
 * large machine, `omitEvents`, `selfLoops: false` and `guards: false` draw a readable main path;
 * `selfLoops: 'note'` keeps the loops as a note beside their state, clear of the other labels.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition or compiled machine.
 * @param options - The locale of the labels and what to leave out.
 * @returns The diagram source, lines joined with `\n`.
 * @throws {@link LogisticsCustomerError} `INVALID_LOCALE` for a locale other than `'zh-CN'` and `'en'`.
 *
 * @example
 * ```ts
 * import { defineMachine, text, toMermaid } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'won', { type: 'WIN'; value: number }, null>({
 *   id: 'deal', initial: 'open',
 *   states: { open: { label: text('洽谈', 'Negotiating'), on: { WIN: { target: 'won', guard: 'hasValue' } } }, won: { label: text('成交', 'Won'), final: true } },
 *   events: { WIN: text('签约', 'sign') },
 *   guards: { hasValue: (_c, e) => (e.value > 0 ? true : [{ code: 'NO_VALUE', message: text('合同金额须为正', 'contract value must be positive') }]) },
 * });
 * toMermaid(m, { locale: 'en' }).split('\n');
 * // => ['stateDiagram-v2', '  state "Negotiating" as open', '  state "Won" as won', '  [*] --> open', '  open --> won : sign [hasValue]', '  won --> [*]']
 * ```
 * @category Machine
 */
export function toMermaid<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  options: MermaidOptions<E['type']> = {},
): string {
  const locale = options.locale === undefined ? 'zh-CN' : assertLocale(options.locale);
  const omitted = new Set<string>(options.omitEvents ?? []);
  const drawSelfLoops = options.selfLoops ?? true;
  const drawGuards = options.guards ?? true;
  const drawn = new Set<string>();
  const lines = ['stateDiagram-v2'];
  const states = machineStates(machine);
  const ids = mermaidIds(states);
  const id = (state: string): string => ids.get(state) ?? state;
  for (const state of states) {
    lines.push(`  state "${escapeLabel(machine.states[state].label[locale])}" as ${id(state)}`);
  }
  lines.push(`  [*] --> ${id(machine.initial)}`);
  // The self-loops of each state drawn as notes, in order, once per label.
  const notes = new Map<string, string[]>();
  for (const t of machineTransitions(machine)) {
    const loop = t.source === t.target;
    if (omitted.has(t.eventType) || (loop && drawSelfLoops === false)) continue;
    const eventLabel = Object.hasOwn(machine.events, t.eventType) ? machine.events[t.eventType][locale] : t.eventType;
    const guard = t.guard === undefined || !drawGuards ? '' : ` [${escapeLabel(t.guard)}]`;
    const label = `${escapeLabel(eventLabel)}${guard}`;
    if (loop && drawSelfLoops === 'note') {
      const list = notes.get(t.source) ?? [];
      if (!list.includes(label)) list.push(label);
      notes.set(t.source, list);
      continue;
    }
    const line = `  ${id(t.source)} --> ${id(t.target)} : ${label}`;
    if (drawn.has(line)) continue;
    drawn.add(line);
    lines.push(line);
  }
  for (const state of finalStates(machine)) lines.push(`  ${id(state)} --> [*]`);
  for (const [state, labels] of notes) lines.push(`  note left of ${id(state)} : ${labels.map((l) => `↻ ${l}`).join(' · ')}`);
  return lines.join('\n');
}
