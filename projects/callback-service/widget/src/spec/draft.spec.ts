import { TestBed } from '@angular/core/testing';
import { CallbackWidgetDraft } from '../public-api';
import { useSpecClock } from './widget-test-helpers';

describe('CallbackWidgetDraft', () => {
  useSpecClock();

  let draft: CallbackWidgetDraft;
  beforeEach(() => (draft = TestBed.inject(CallbackWidgetDraft)));

  it('reset() empties every field, the country included', () => {
    draft.patch({ firstname: 'Ada', phonenumber: '06 12 34 56 78', desiredTime: 'now' });
    draft.country.set('FR');
    draft.reset();
    expect([draft.firstname(), draft.phonenumber(), draft.country(), draft.mode()]).toEqual([
      '',
      '',
      null,
      null,
    ]);
    expect(draft.dirty()).toBeFalse();
  });

  it('patch() with an international number forgets the picked country; a national one keeps it', () => {
    draft.country.set('FR');
    draft.patch({ phonenumber: '06 12 34 56 78' });
    expect(draft.country()).toBe('FR');
    draft.patch({ phonenumber: ' +1 555 010 2030' });
    expect(draft.country()).toBeNull();
  });
});
