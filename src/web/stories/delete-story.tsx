import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Story } from '../../domain/story.js';
import { api } from '../api.js';
import { FormProblem } from '../components/problem-message.js';
import { useSubmission } from '../form.js';

/** Deleting asks once more, in the page rather than in a browser dialog. */
export function DeleteStory({ story }: { readonly story: Story }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const { pending, problem, submit } = useSubmission();
  const deleteButton = useRef<HTMLButtonElement>(null);
  const remove = () =>
    submit(async () => {
      await api.remove('story', story.id);
      await navigate('/stories');
    });
  return (
    <section className="danger-zone" aria-labelledby="delete-story-title">
      <h2 id="delete-story-title">Delete this story</h2>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-story-question" className="confirm">
          <p id="delete-story-question">Delete “{story.title}” for good? This cannot be undone.</p>
          <div className="actions">
            <button
              type="button"
              className="button danger"
              disabled={pending}
              onClick={() => void remove()}
              autoFocus
            >
              {pending ? 'Deleting…' : 'Yes, delete it'}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => deleteButton.current?.focus());
              }}
            >
              Keep it
            </button>
          </div>
          <FormProblem problem={problem} />
        </div>
      ) : (
        <button
          ref={deleteButton}
          type="button"
          className="button danger-outline"
          onClick={() => setConfirming(true)}
        >
          Delete story
        </button>
      )}
    </section>
  );
}
