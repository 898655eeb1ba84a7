import { DateTime } from 'luxon';
import type { Brief } from '../../domain/brief.js';

const day = (date: string) => DateTime.fromISO(date).toFormat('d LLL yyyy');

/** Promises made in earlier rounds, and reminders on delivery. */
export function BriefPromisesAndReminders({ brief }: { readonly brief: Brief }) {
  return (
    <>
      {brief.promises.length > 0 ? (
        <section aria-labelledby="brief-promises" className="brief-section">
          <h2 id="brief-promises">Promises to keep</h2>
          <ul className="brief-list">
            {brief.promises.map((entry) => (
              <li key={entry.promise}>
                {entry.promise}
                {entry.to ? ` To ${entry.to}.` : ''}
                {entry.dueOn ? (
                  entry.overdue ? (
                    <strong className="brief-overdue"> Overdue since {day(entry.dueOn)}.</strong>
                  ) : (
                    ` Due ${day(entry.dueOn)}.`
                  )
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="brief-reminders" className="brief-section">
        <h2 id="brief-reminders">On the day</h2>
        <ul className="brief-list">
          {brief.reminders.map((reminder) => (
            <li key={reminder.lead}>
              <strong>{reminder.lead}.</strong> {reminder.text}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
