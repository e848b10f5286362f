/**
 * Decap's relation widget lists its choices in file order and labels them from the entry's
 * own fields: periods from 2020 first, a decision's body by its id. For periods and
 * decisions (cms-config.ts) this widget is Decap's relation with its choices named for
 * staff and newest first (src/lib/views/editor-choices.ts): a decision with its body's
 * short name, and in an entry of a plan only that plan's periods. An uppdrag, nyckeltal or
 * strategy, whose titles recur from plan to plan, is named with its plan's title. What it needs (the
 * bodies, the plan) is loaded before the picker is shown, so its choices are right at once.
 */
import { Component, createElement as h } from 'react';
import type { CMS, CmsWidgetControlProps } from 'decap-cms-core';
import { Map as ImmutableMap } from 'immutable';
import { EDITOR_WIDGETS, PLAN_PERIODS_KEY } from '#lib/content/editor-names.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import {
  bodyShortName,
  type Choice,
  type ChoiceContext,
  namedChoices,
  OF_PLAN,
  planPeriodIds,
} from '#lib/views/editor-choices.ts';

/** What Decap passes a control besides its typed props (EditorControl.js). */
interface Props extends CmsWidgetControlProps {
  forID: string;
  classNameWrapper: string;
  entry?: unknown;
  getEntry?: () => unknown;
  query: (
    namespace: string,
    collection: string,
    searchFields: string[],
    term: string,
  ) => Promise<{ payload?: { hits?: { slug?: string; data?: unknown }[] } }>;
  loadEntry: (collection: string, slug: string) => Promise<unknown>;
}

interface NamedProps extends Props {
  choices: ChoiceContext;
}

/** Decap's relation control, of which only `parseHitOptions` (an instance property) is used here. */
type RelationControl = new (props: NamedProps) => { props: NamedProps; parseHitOptions: (hits: unknown[]) => Choice[] };

/** A value Decap holds as an Immutable map or as plain data, as plain data. */
const plain = (value: unknown): unknown => (ImmutableMap.isMap(value) ? value.toJS() : value);

/** The `plan` field's value in the entry being edited. */
function planOf(props: Props): string | undefined {
  // `entry` may be stale (Decap's own note); `getEntry` reads the draft as it is now.
  const entry: unknown = props.getEntry?.() ?? props.entry;
  return ImmutableMap.isMap(entry) ? textOf(entry.getIn(['data', 'plan'])) : undefined;
}

const namesLoaded = new Map<string, Promise<ReadonlyMap<string, string>>>();

/** Each entry of `collection` named by `nameOf` from its `field`, by id: loaded once from the repository (an entry added in this session too). */
function loadNames(
  props: Props,
  collection: string,
  field: string,
  nameOf: (data: unknown) => string | undefined,
): Promise<ReadonlyMap<string, string>> {
  let names = namesLoaded.get(collection);
  if (!names) {
    names = props.query(`${props.forID}-${collection}`, collection, [field], '').then(
      (result) =>
        new Map(
          (result.payload?.hits ?? []).flatMap((hit) => {
            const name = nameOf(plain(hit.data));
            return hit.slug && name ? [[hit.slug, name] as const] : [];
          }),
        ),
    );
    namesLoaded.set(collection, names);
  }
  return names;
}

/** The bodies' short names by id. */
const loadBodyNames = (props: Props) => loadNames(props, 'bodies', 'name', bodyShortName);

/** The plans' titles by id. */
const loadPlanTitles = (props: Props) =>
  loadNames(props, 'plans', 'title', (data) => textOf(recordOrEmpty(data).title));

async function loadPlanPeriods(props: Props, plan: string): Promise<string[]> {
  const entry = plain(await props.loadEntry('plans', plan));
  return planPeriodIds(plain(recordOrEmpty(entry).data));
}

/** The words staff read instead of a picker while it cannot offer anything yet. */
const WAITING = {
  noPlan: 'Välj först planen ovanför: här visas sedan planens uppföljningstillfällen.',
  loading: 'Hämtar valen …',
};

export function registerNewestFirstRelation(cms: CMS): void {
  const relation = cms.getWidget('relation');
  if (!relation) return;
  const Base = relation.control as unknown as RelationControl;
  class NamedRelation extends Base {
    constructor(props: NamedProps) {
      super(props);
      const parse = this.parseHitOptions;
      this.parseHitOptions = (hits) =>
        namedChoices(String(this.props.field.get('collection')), parse(hits), this.props.choices);
    }
  }

  /**
   * A class, not a function: Decap asks each control, through its ref, whether its value is
   * valid before it saves, and a function component has no ref to ask.
   */
  class NamedRelationControl extends Component<Props, { key?: string; choices?: ChoiceContext }> {
    override state: { key?: string; choices?: ChoiceContext } = {};
    private mounted = false;

    isValid = () => true;

    /** What the choices depend on: the collection, and for a plan's periods the plan. */
    private wanted() {
      const collection = String(this.props.field.get('collection'));
      const ofPlan = this.props.field.get(PLAN_PERIODS_KEY) === true;
      const plan = ofPlan ? planOf(this.props) : undefined;
      return { collection, ofPlan, plan, key: `${collection}:${plan ?? ''}` };
    }

    private load() {
      const { collection, plan, key } = this.wanted();
      if (this.state.key === key && this.state.choices) return;
      const choices: Promise<ChoiceContext> =
        collection === 'decisions'
          ? loadBodyNames(this.props).then((names) => ({ bodyNames: names }))
          : OF_PLAN.includes(collection)
            ? loadPlanTitles(this.props).then((titles) => ({ planTitles: titles }))
            : plan
              ? loadPlanPeriods(this.props, plan).then((periods) => ({ planPeriods: periods }))
              : Promise.resolve({});
      this.setState({ key, choices: undefined });
      void choices
        // Without the names the picker still works, with the entries' own labels.
        .catch(() => ({}))
        .then((context) => {
          if (this.mounted && this.wanted().key === key) this.setState({ key, choices: context });
        });
    }

    override componentDidMount() {
      this.mounted = true;
      this.load();
    }

    override componentDidUpdate() {
      if (this.wanted().key !== this.state.key) this.load();
    }

    override componentWillUnmount() {
      this.mounted = false;
    }

    override render() {
      const { ofPlan, plan, key } = this.wanted();
      const { classNameWrapper } = this.props;
      if (ofPlan && !plan) return h('p', { className: classNameWrapper }, WAITING.noPlan);
      if (this.state.key !== key || !this.state.choices)
        return h('p', { className: classNameWrapper }, WAITING.loading);
      return h(NamedRelation as never, { ...this.props, choices: this.state.choices, key });
    }
  }
  cms.registerWidget(EDITOR_WIDGETS.newestFirst, NamedRelationControl as never, relation.preview as never);
}
