import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Story } from '../../domain/story.js';
import { api } from '../api.js';
import { TextAreaField, TextField } from '../components/fields.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { FormProblem } from '../components/problem-message.js';
import { commaListOf, linesOf, useSubmission } from '../form.js';
import { starParts, type StarField } from '../stories/star-parts.js';
import { useLoad } from '../use-load.js';

type StoryDraft = Record<StarField | 'title' | 'tags' | 'metrics', string>;

const emptyStory: StoryDraft = {
  title: '',
  situation: '',
  task: '',
  action: '',
  result: '',
  reflection: '',
  tags: '',
  metrics: '',
};

function draftOf(story: Story): StoryDraft {
  return {
    title: story.title,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    reflection: story.reflection,
    tags: story.tags.join(', '),
    metrics: story.metrics.join('\n'),
  };
}

/** Shown after a navigation that saved the story, such as the first save of a new one. */
interface SavedState {
  readonly saved: string;
}

function isSavedState(state: unknown): state is SavedState {
  return typeof state === 'object' && state !== null && 'saved' in state;
}

/** Writes a new story (`/stories/new`) or changes one (`/stories/:storyId`). */
export function StoryEditorPage() {
  const { storyId } = useParams();
  const story = useLoad(storyId ?? 'new', async () => (storyId ? api.get('story', storyId) : null));
  return (
    <Loaded load={story} what="the story">
      {(loaded) => <StoryEditor key={loaded?.id ?? 'new'} story={loaded} />}
    </Loaded>
  );
}

function StoryEditor({ story }: { readonly story: Story | null }) {
  usePageTitle(story ? story.title : 'Write a story');
  const navigate = useNavigate();
  const location = useLocation();
  const [draft, setDraft] = useState(() => (story ? draftOf(story) : emptyStory));
  const [notice, setNotice] = useState(() =>
    isSavedState(location.state) ? location.state.saved : '',
  );
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const set = (field: keyof StoryDraft, value: string) => {
    setNotice('');
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const values = {
        title: draft.title,
        situation: draft.situation,
        task: draft.task,
        action: draft.action,
        result: draft.result,
        reflection: draft.reflection,
        tags: commaListOf(draft.tags),
        metrics: linesOf(draft.metrics),
      };
      if (story) {
        const updated = await api.update('story', story.id, values);
        setDraft(draftOf(updated));
        setNotice('Saved.');
      } else {
        const created = await api.create('story', values);
        await navigate(`/stories/${created.id}`, {
          replace: true,
          state: { saved: 'Story saved.' } satisfies SavedState,
        });
      }
    });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/stories">All stories</Link>
      </p>
      <h1>{story ? 'Edit story' : 'Write a story'}</h1>
      <form className="form" onSubmit={save} noValidate>
        <FormProblem problem={problem} />
        <TextField
          label="Title"
          name="title"
          hint="A few words you will recognise, e.g. “Rescued the billing migration”."
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={fieldErrors.title}
          required
        />
        {starParts.map(({ field, label, hint }) => (
          <TextAreaField
            key={field}
            label={label}
            name={field}
            hint={hint}
            value={draft[field]}
            onChange={(event) => set(field, event.currentTarget.value)}
            error={fieldErrors[field]}
          />
        ))}
        <TextField
          label="Tags"
          name="tags"
          hint="Separate with commas, e.g. “leadership, conflict, data”."
          value={draft.tags}
          onChange={(event) => set('tags', event.currentTarget.value)}
          error={fieldErrors.tags}
        />
        <TextAreaField
          label="Numbers you can quote"
          name="metrics"
          hint="One per line, e.g. “cut onboarding from 10 to 4 days”."
          rows={3}
          value={draft.metrics}
          onChange={(event) => set('metrics', event.currentTarget.value)}
          error={fieldErrors.metrics}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? 'Saving…' : 'Save story'}
          </button>
          <p role="status" className="notice">
            {notice}
          </p>
        </div>
      </form>
      {story ? <DeleteStory story={story} /> : null}
    </>
  );
}

/** Deleting asks once more, in the page rather than in a browser dialog. */
function DeleteStory({ story }: { readonly story: Story }) {
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
