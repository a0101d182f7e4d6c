import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { DemoStorage } from '../config/demo-storage';

/** The demo's colour theme: the system's, or forced light or dark. */
export type ThemeName = 'system' | 'light' | 'dark';

/** The `localStorage` key that remembers the theme. */
export const THEME_STORAGE_KEY = 'ngx-genesys-callback-demo.theme';

/** Reads a stored theme; anything unknown is `'system'`. */
export function parseTheme(value: string | null): ThemeName {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/**
 * Applies the theme as classes on `<html>`: `theme-light` / `theme-dark` set the demo's
 * `color-scheme`, and `cb-theme-dark` darkens the widget, including the dialog, which the CDK
 * renders at the end of `<body>`.
 */
@Injectable({ providedIn: 'root' })
export class ThemeChoice {
  private readonly root = inject(DOCUMENT).documentElement;
  private readonly storage = inject(DemoStorage);
  private readonly _theme = signal<ThemeName>(parseTheme(this.storage.get(THEME_STORAGE_KEY)));

  /** The chosen theme. */
  readonly theme = this._theme.asReadonly();

  constructor() {
    this.apply(this._theme());
  }

  /** Switches to `theme` and remembers it. */
  choose(theme: ThemeName): void {
    this._theme.set(theme);
    this.storage.set(THEME_STORAGE_KEY, theme);
    this.apply(theme);
  }

  private apply(theme: ThemeName): void {
    this.root.classList.toggle('theme-light', theme === 'light');
    this.root.classList.toggle('theme-dark', theme === 'dark');
    this.root.classList.toggle('cb-theme-dark', theme === 'dark');
  }
}
