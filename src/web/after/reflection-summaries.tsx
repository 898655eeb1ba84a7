import { Link } from 'react-router';
import { reflectionDimensions } from '../../content/reflection.js';
import type { Reflection } from '../../domain/reflection.js';
import type { Round } from '../../domain/round.js';
import { roundName } from '../cockpit/cockpit-data.js';

/** Each round that took place, with its ratings if rated, and the way to (re)do the reflection. */
export function ReflectionSummaries({
  rounds,
}: {
  readonly rounds: readonly {
    readonly round: Round;
    readonly reflection: Reflection | undefined;
  }[];
}) {
  if (rounds.length === 0) {
    return <p className="quiet">No round has taken place yet. Reflect on each one once it has.</p>;
  }
  return (
    <ul className="card-list">
      {rounds.map(({ round, reflection }) => {
        const name = roundName(round);
        const ratings = reflectionDimensions.flatMap((dimension) => {
          const rating = reflection?.[dimension.field];
          return rating ? [`${dimension.label} ${rating}`] : [];
        });
        return (
          <li key={round.id} className="card">
            <h3 className="card-title">{name}</h3>
            <p>
              {ratings.length > 0 ? `You rated: ${ratings.join(', ')}.` : 'Not reflected on yet.'}
            </p>
            <Link to={`/rounds/${round.id}/reflection`} className="button secondary">
              {reflection ? 'Change your reflection' : 'Reflect'}
              <span className="visually-hidden"> on {name}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
