import { Routes } from '@angular/router';

export const routes: Routes = [
  {
    path: '',
    loadComponent: () => import('./book-callback/book-callback').then((m) => m.BookCallback),
  },
  {
    path: 'legacy',
    loadComponent: () => import('./legacy-page/legacy-page').then((m) => m.LegacyPage),
  },
  { path: '**', redirectTo: '' },
];
