import { useState } from 'react';
import type { Opportunity } from '../../domain/opportunity.js';
import { afterRoundApi, type OfferNextStep } from '../after-round-api.js';
import { FormProblem } from '../components/problem-message.js';
import { useSubmission } from '../form.js';
import { useLoad } from '../use-load.js';
import { NextRoundForm } from './next-round-form.js';
import { OfferChecklistView } from './offer-checklist-view.js';

const closed: readonly Opportunity['status'][] = ['accepted', 'declined', 'rejected', 'withdrawn'];

/** "Next step": another round, pre-filled from this one, or an offer and how to negotiate it. */
export function NextStepPanel({
  opportunity,
  onChanged,
}: {
  readonly opportunity: Opportunity;
  readonly onChanged: (summary: string) => void;
}) {
  const [choice, setChoice] = useState<'none' | 'round'>('none');
  const [offer, setOffer] = useState<OfferNextStep | null>(null);
  const { pending, problem, submit } = useSubmission();
  if (closed.includes(opportunity.status)) {
    return <p className="quiet">This opportunity is closed; there is no next step to take.</p>;
  }
  if (offer) return <OfferChecklistView checklist={offer.checklist} focusOnShow />;
  if (opportunity.status === 'offer') return <OfferStep opportunityId={opportunity.id} />;
  if (choice === 'round') {
    return (
      <NextRoundForm
        opportunity={opportunity}
        onCreated={onChanged}
        onCancel={() => setChoice('none')}
      />
    );
  }
  const recordOffer = () =>
    void submit(async () => {
      setOffer(await afterRoundApi.offer(opportunity.id));
      onChanged('Congratulations on the offer. Here is how to handle it.');
    });
  return (
    <div className="next-step">
      <p>What did they say?</p>
      <FormProblem problem={problem} />
      <p className="actions">
        <button type="button" className="button" onClick={() => setChoice('round')}>
          Another round
        </button>
        <button type="button" className="button secondary" disabled={pending} onClick={recordOffer}>
          {pending ? 'Saving…' : 'They made an offer'}
        </button>
      </p>
    </div>
  );
}

/** The checklist of an opportunity that has an offer already; asking again changes nothing. */
function OfferStep({ opportunityId }: { readonly opportunityId: string }) {
  const offer = useLoad(`offer-${opportunityId}`, () => afterRoundApi.offer(opportunityId));
  if (offer.status === 'loading') {
    return (
      <p className="loading" role="status">
        Loading your negotiation checklist…
      </p>
    );
  }
  if (offer.status === 'error') {
    return <FormProblem problem={offer.problem} />;
  }
  return <OfferChecklistView checklist={offer.data.checklist} />;
}
