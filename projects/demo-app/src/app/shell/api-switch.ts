import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { CallbackApiVersion } from 'ngx-genesys-callback';
import { ApiVersionChoice } from '../config/api-version-choice';
import { SegmentedChoice, type ChoiceOption } from './segmented-choice';

const API_OPTIONS: readonly ChoiceOption<CallbackApiVersion>[] = [
  {
    value: 'v1',
    label: 'v1',
    description: 'Callback API v1 (Genesys Mobile Services, on premises)',
  },
  { value: 'v3', label: 'v3', description: 'Callback API v3 (Genesys Engage cloud, x-api-key)' },
];

/** Switches between Callback API v1 and v3; the page reloads with the other config. */
@Component({
  selector: 'app-api-switch',
  imports: [SegmentedChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-segmented-choice
      legend="Callback API"
      name="api-version"
      [options]="options"
      [value]="choice.current"
      (changed)="choice.switchTo($event)"
    />
  `,
})
export class ApiSwitch {
  protected readonly choice = inject(ApiVersionChoice);
  protected readonly options = API_OPTIONS;
}
