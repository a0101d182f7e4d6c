import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SegmentedChoice, type ChoiceOption } from './segmented-choice';
import { ThemeChoice, type ThemeName } from './theme-choice';

const THEME_OPTIONS: readonly ChoiceOption<ThemeName>[] = [
  { value: 'system', label: 'Auto', description: 'Follow the system colour scheme' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Chooses the light, dark or system theme of the demo and the widget. */
@Component({
  selector: 'app-theme-switch',
  imports: [SegmentedChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-segmented-choice
      legend="Theme"
      name="theme"
      [options]="options"
      [value]="themes.theme()"
      (changed)="themes.choose($event)"
    />
  `,
})
export class ThemeSwitch {
  protected readonly themes = inject(ThemeChoice);
  protected readonly options = THEME_OPTIONS;
}
