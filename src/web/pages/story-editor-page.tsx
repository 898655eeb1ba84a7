import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Story } from '../../domain/story.js';
import { api } from '../api.js';
import { CoachPanel } from '../coach/coach-panel.js';
import { PreviewSection } from '../coach/preview-section.js';
import type { ShownEvidence } from '../coach/story-preview.js';
import { useStoryCoach } from '../coach/use-story-coach.js';
import { TextAreaField, TextField } from '../components/fields.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { FormProblem } from '../components/problem-message.js';
import { commaListOf, linesOf, useDraft, useSubmission } from '../form.js';
import { DeleteStory } from '../stories/delete-story.js';
import { starParts, type StarField } from '../stories/star-parts.js';
import { storyPrefillOf, type StoryPrefill } from '../stories/story-prefill.js';
import { StoryPurpose } from '../stories/story-purpose.js';
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
  /** What the new story was started for, to keep offering the way back. */
  readonly prefill?: StoryPrefill | null;
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

/** The story's fields with the coach reading along: its panel beside them, its preview under. */
function StoryEditor({ story }: { readonly story: Story | null }) {
  usePageTitle(story ? story.title : 'Write a story');
  const navigate = useNavigate();
  const location = useLocation();
  const [notice, setNotice] = useState(() =>
    isSavedState(location.state) ? location.state.saved : '',
  );
  const [prefill] = useState(() =>
    story
      ? isSavedState(location.state)
        ? (location.state.prefill ?? null)
        : null
      : storyPrefillOf(location.search),
  );
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const initialDraft = () =>
    story ? draftOf(story) : { ...emptyStory, tags: prefill?.tags.join(', ') ?? '' };
  const { draft, setDraft, field } = useDraft(initialDraft, {
    errors: fieldErrors,
    onEdit: () => setNotice(''),
  });
  const coach = useStoryCoach(draft);
  const [shown, setShown] = useState<ShownEvidence | null>(null);
  const form = useRef<HTMLFormElement>(null);

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
          state: { saved: 'Story saved.', prefill } satisfies SavedState,
        });
      }
    });
  };
  const writeField = (name: StarField) => {
    const control = form.current?.elements.namedItem(name);
    if (control instanceof HTMLElement) control.focus();
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/stories">All stories</Link>
      </p>
      <h1>{story ? 'Edit story' : 'Write a story'}</h1>
      {prefill ? <StoryPurpose prefill={prefill} /> : null}
      <form className="story-workspace" ref={form} onSubmit={save} noValidate>
        <div className="form story-fields">
          <FormProblem problem={problem} />
          <TextField
            label="Title"
            hint="A few words you will recognise, e.g. “Rescued the billing migration”."
            {...field('title')}
            required
          />
          {starParts.map((part) => (
            <TextAreaField
              key={part.field}
              label={part.label}
              hint={part.hint}
              {...field(part.field)}
            />
          ))}
        </div>
        <CoachPanel
          coach={coach}
          onShowEvidence={(kind) =>
            setShown((current) => ({ kind, request: (current?.request ?? 0) + 1 }))
          }
          onWriteField={writeField}
        />
        <PreviewSection coach={coach} shown={shown} />
        <div className="form story-extras">
          <TextField
            label="Tags"
            hint="Separate with commas, e.g. “leadership, conflict, data”."
            {...field('tags')}
          />
          <TextAreaField
            label="Numbers you can quote"
            hint="One per line, e.g. “cut onboarding from 10 to 4 days”."
            rows={3}
            {...field('metrics')}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={pending}>
              {pending ? 'Saving…' : 'Save story'}
            </button>
            <p role="status" className="notice">
              {notice}
            </p>
          </div>
        </div>
      </form>
      {story ? <DeleteStory story={story} /> : null}
    </>
  );
}
