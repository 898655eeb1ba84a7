import type { RoundFormat } from '../../domain/round.js';
import { Loaded } from '../components/loaded.js';
import { formatLabels } from '../labels.js';
import { prepApi } from '../prep-api.js';
import { useLoad } from '../use-load.js';

const withChecklist: readonly RoundFormat[] = [
  'panel',
  'case_study',
  'skills_test',
  'informal_meal',
  'presentation',
  'team_meet',
];

/** The checklist of each format of the next round that has one. */
export function ChecklistsSection({ formats }: { readonly formats: readonly RoundFormat[] }) {
  const shown = formats.filter((format) => withChecklist.includes(format));
  const checklists = useLoad(shown.join(','), () =>
    Promise.all(shown.map((format) => prepApi.formatChecklist(format))),
  );
  return (
    <section aria-labelledby="checklists-title">
      <h2 id="checklists-title">Format checklists</h2>
      {shown.length === 0 ? (
        <p className="quiet">
          The next round has no format with a checklist. Set its formats on the opportunity page.
        </p>
      ) : (
        <Loaded load={checklists} what="the checklists">
          {(lists) =>
            lists.map((list, index) => (
              <div key={list.format} className="format-checklist">
                <h3>{formatLabels[shown[index] ?? 'panel']}</h3>
                <ul>
                  {list.items.map((item) => (
                    <li key={item.id}>
                      {item.text} <span className="quiet">{item.why}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          }
        </Loaded>
      )}
    </section>
  );
}
